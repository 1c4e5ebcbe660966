//! Link-preview images (Open Graph): a session's or the series' card as a PNG, drawn natively
//! from an SVG by resvg with the repository's own font, so no browser, network or system font is
//! involved and the same text always gives the same bytes.

mod layout;

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use resvg::tiny_skia::Pixmap;
use resvg::usvg::fontdb::{Database, Source};
use resvg::usvg::{Options, Tree};

#[doc(hidden)]
pub use layout::{Block, ILLUSTRATIVE, Layout, Line, MARGIN_X, MARGIN_Y, Weight, layout};

/// The preview image's size in pixels (1200 × 630, the 1.91:1 that Facebook, LinkedIn, WhatsApp,
/// Slack and Teams show as a large card).
pub const WIDTH: u32 = 1200;
/// The preview image's height in pixels.
pub const HEIGHT: u32 = 630;

/// The guide's accent (plum), the image's background.
#[doc(hidden)]
pub const BACKGROUND: &str = "#6b1f5c";
/// The series' name, the title and the date, on the background.
#[doc(hidden)]
pub const TEXT: &str = "#ffffff";
/// The presenters, on the background: a little quieter than the title.
#[doc(hidden)]
pub const QUIET_TEXT: &str = "#f0dcea";
/// The illustrative label's background and text (the guide's own label colours).
#[doc(hidden)]
pub const LABEL_BACKGROUND: &str = "#fff1c2";
/// The illustrative label's text.
#[doc(hidden)]
pub const LABEL_TEXT: &str = "#5c3d00";

/// What one preview image says.
pub struct Preview<'a> {
    /// The series' short title, e.g. "Stand Up! Speak Out!" (always shown, as a small heading).
    pub series: &'a str,
    /// The big text: the session's title, or for the series' own image its full title.
    pub title: &'a str,
    /// A line under the title: for a session its date and UK time, e.g.
    /// "Thursday 20 April 2023, 13:00–14:30 UK time (BST)"; for the series its dates and format,
    /// e.g. "Online, March to June 2023".
    pub when: &'a str,
    /// Who presents it, e.g. "Presented by Migrants Organise and PAFRAS"; None for the series image.
    pub by: Option<&'a str>,
    /// True for a session whose details were never published: the image then also says,
    /// prominently, "Illustrative — details not published".
    pub illustrative: bool,
}

/// The preview drawn as a PNG of WIDTH × HEIGHT: the same `Preview` always gives the same bytes.
pub fn png(preview: &Preview) -> Result<Vec<u8>, String> {
    let tree = tree(preview)?;
    let mut pixmap = Pixmap::new(WIDTH, HEIGHT).ok_or("a preview image's pixels could not be allocated")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
    encode(&pixmap).map_err(|error| format!("a preview image could not be encoded as PNG: {error}"))
}

/// The pixels as a PNG with no metadata: indexed when they have at most 256 colours, as flat
/// colours and their anti-aliased edges do (under half the size of tiny-skia's RGBA), else RGBA.
fn encode(pixmap: &Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, WIDTH, HEIGHT);
    encoder.set_compression(png::Compression::Balanced);
    let data = match palette(pixmap.data()) {
        Some((palette, indices)) => {
            encoder.set_color(png::ColorType::Indexed);
            encoder.set_palette(palette);
            // Rows of indices do not predict each other as colour values do.
            encoder.set_filter(png::Filter::NoFilter);
            indices
        }
        None => {
            encoder.set_color(png::ColorType::Rgba);
            pixmap.data().to_vec()
        }
    };
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&data)?;
    writer.finish()?;
    Ok(bytes)
}

/// The distinct colours of `rgba` in order of first appearance (so the same pixels give the same
/// palette) and each pixel's index among them, or None if there are more than 256.
fn palette(rgba: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    // The background covers every pixel, so each is opaque and its premultiplied colour is its
    // colour: the palette needs no transparency.
    let mut colours: HashMap<&[u8], u8> = HashMap::new();
    let mut palette = Vec::new();
    let mut indices = Vec::with_capacity(rgba.len() / 4);
    // Most rows repeat the one before, and most pixels the one before: those are found without
    // hashing (this runs unoptimised when publishing, in the dev profile).
    let row_bytes = WIDTH as usize * 4;
    let mut last: (&[u8], u8) = (&[], 0);
    let mut previous_row: &[u8] = &[];
    for row in rgba.chunks_exact(row_bytes) {
        if row == previous_row {
            indices.extend_from_within(indices.len() - row_bytes / 4..);
            continue;
        }
        previous_row = row;
        for pixel in row.chunks_exact(4) {
            if pixel != last.0 {
                let index = match colours.get(pixel) {
                    Some(&index) => index,
                    None => {
                        let index = u8::try_from(colours.len()).ok()?;
                        colours.insert(pixel, index);
                        palette.extend_from_slice(&pixel[..3]);
                        index
                    }
                };
                last = (pixel, index);
            }
            indices.push(last.1);
        }
    }
    Some((palette, indices))
}

/// The fonts resvg may use: Inter from the repository, and nothing from the system.
static FONTS: LazyLock<Arc<Database>> = LazyLock::new(|| {
    let mut fonts = Database::new();
    for bytes in [layout::MEDIUM, layout::BOLD] {
        fonts.load_font_source(Source::Binary(Arc::new(bytes)));
    }
    Arc::new(fonts)
});

/// The preview as resvg's tree, its text laid out and ready to draw.
#[doc(hidden)]
pub fn tree(preview: &Preview) -> Result<Tree, String> {
    let options = Options { font_family: "Inter".to_owned(), fontdb: Arc::clone(&FONTS), ..Options::default() };
    Tree::from_str(&svg(&layout(preview)?), &options).map_err(|error| format!("a preview image's SVG could not be read: {error}"))
}

/// The layout as an SVG document.
fn svg(layout: &Layout) -> String {
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}"><rect width="{WIDTH}" height="{HEIGHT}" fill="{BACKGROUND}"/>"#
    );
    text(&mut svg, &layout.series, TEXT);
    if let Some((label, [x, y, width, height])) = &layout.label {
        svg.push_str(&format!(r#"<rect x="{x}" y="{y}" width="{width}" height="{height}" rx="8" fill="{LABEL_BACKGROUND}"/>"#));
        text(&mut svg, label, LABEL_TEXT);
    }
    text(&mut svg, &layout.title, TEXT);
    // A hairline sets the date and presenters apart from the title, however long it is.
    let (rule_y, rule_width) = (layout.when.top - 26.0, WIDTH as f32 - 2.0 * MARGIN_X);
    svg.push_str(&format!(
        r#"<rect x="{MARGIN_X}" y="{rule_y}" width="{rule_width}" height="2" fill="{QUIET_TEXT}" fill-opacity="0.35"/>"#
    ));
    text(&mut svg, &layout.when, TEXT);
    if let Some(by) = &layout.by {
        text(&mut svg, by, QUIET_TEXT);
    }
    svg.push_str("</svg>");
    svg
}

/// Appends one `<text>` element for each of the block's lines.
fn text(svg: &mut String, block: &Block, fill: &str) {
    for (index, line) in block.lines.iter().enumerate() {
        svg.push_str(&format!(
            r#"<text x="{}" y="{}" font-family="Inter" font-weight="{}" font-size="{}" fill="{fill}">{}</text>"#,
            block.x,
            block.baseline(index),
            block.weight.css(),
            block.size,
            escape(&line.text)
        ));
    }
}

/// `text` with XML's special characters escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}
