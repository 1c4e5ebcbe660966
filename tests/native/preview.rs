//! Link-preview images (`programme_guide::publish::preview`): drawn natively, the same bytes for
//! the same text, small enough for every messenger, legible, and never a word cut off.

use std::path::Path;
use std::time::Instant;

use programme_guide::publish::preview::{
    BACKGROUND, Block, HEIGHT, ILLUSTRATIVE, LABEL_BACKGROUND, LABEL_TEXT, Layout, MARGIN_X, MARGIN_Y, Preview, QUIET_TEXT, TEXT, WIDTH,
    layout, png, tree,
};
use resvg::usvg::{Group, Node};

const SERIES: &str = "Stand Up! Speak Out!";

/// A title of about 200 characters, the longest a session may realistically have.
const LONG_TITLE: &str = "Know your rights at the border and beyond: a practical workshop on immigration detention, \
                          reporting, the No Recourse to Public Funds condition and how communities organise to resist them locally";

/// A title with a 40-letter word, wider than a line at the title's largest size.
const LONG_WORD_TITLE: &str = "What is Immigrationdetentionreportingrequirement and who must comply?";

const SERIES_TITLE: &str = "Stand Up! Speak Out! Solidarity Knows No Borders Training Series: A Toolkit to Resist the Hostile Environment";

fn session(title: &str) -> Preview<'_> {
    Preview {
        series: SERIES,
        title,
        when: "Tuesday 4 April 2023, 18:00–19:30 UK time (BST)",
        by: Some("Presented by Solidarity Knows No Borders"),
        illustrative: false,
    }
}

fn illustrative() -> Preview<'static> {
    Preview {
        by: Some("Presented by Social Workers Without Borders"),
        illustrative: true,
        ..session("Family reunion: bringing separated families together")
    }
}

fn series() -> Preview<'static> {
    Preview { series: SERIES, title: SERIES_TITLE, when: "Online, March to June 2023", by: None, illustrative: false }
}

fn samples() -> Vec<(&'static str, Preview<'static>)> {
    vec![
        ("short", session("Is the hostile environment racist?")),
        ("long", session(LONG_TITLE)),
        ("long-word", session(LONG_WORD_TITLE)),
        ("illustrative", Preview { title: LONG_TITLE, ..illustrative() }),
        ("illustrative-short", illustrative()),
        ("series", series()),
        ("crowded", crowded()),
    ]
}

fn drawn(preview: &Preview) -> Vec<u8> {
    png(preview).unwrap_or_else(|error| panic!("{:?}: {error}", preview.title))
}

/// The PNG's chunks' types, in order.
fn chunk_types(png: &[u8]) -> Vec<String> {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let mut types = Vec::new();
    let mut at = 8;
    while at + 8 <= png.len() {
        let length = u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]) as usize;
        types.push(String::from_utf8_lossy(&png[at + 4..at + 8]).into_owned());
        at += 12 + length;
    }
    assert_eq!(at, png.len(), "the chunks do not end at the file's end");
    types
}

/// The image decoded (a palette expanded to RGB), and its frame's size and layout.
fn decode(bytes: &[u8]) -> (png::OutputInfo, Vec<u8>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().expect("the PNG's header is readable");
    let mut pixels = vec![0; reader.output_buffer_size().expect("the image's size is sane")];
    let info = reader.next_frame(&mut pixels).expect("the PNG decodes");
    (info, pixels)
}

fn rgb(hex: &str) -> [u8; 3] {
    let channel = |at: usize| u8::from_str_radix(&hex[at..at + 2], 16).expect("a hex colour");
    [channel(1), channel(3), channel(5)]
}

#[test]
fn the_image_is_a_1200_by_630_png_that_decodes() {
    let bytes = drawn(&series());
    // The header, read by hand: width and height are IHDR's first two fields.
    assert_eq!(&bytes[12..16], b"IHDR");
    assert_eq!(u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]), 1200);
    assert_eq!(u32::from_be_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]), 630);
    let (info, pixels) = decode(&bytes);
    assert_eq!((info.width, info.height), (WIDTH, HEIGHT));
    assert_eq!((WIDTH, HEIGHT), (1200, 630));
    // The corner is the background: the image is drawn, not blank or transparent.
    let channels = info.line_size / WIDTH as usize;
    assert_eq!(pixels[..3], rgb(BACKGROUND));
    assert!(pixels.chunks_exact(channels).any(|pixel| pixel[..3] == rgb(TEXT)), "no white text");
}

#[test]
fn the_same_preview_gives_the_same_bytes_with_no_metadata() {
    for (name, preview) in samples() {
        let bytes = drawn(&preview);
        assert_eq!(bytes, drawn(&preview), "{name}: drawn twice, different bytes");
        let types = chunk_types(&bytes);
        assert!(
            types.iter().all(|chunk| ["IHDR", "PLTE", "IDAT", "IEND"].contains(&chunk.as_str())),
            "{name}: chunks other than the image's own: {types:?}"
        );
    }
}

#[test]
fn every_image_is_well_under_the_messengers_limits() {
    for (name, preview) in samples() {
        let bytes = drawn(&preview);
        assert!(bytes.len() <= 100_000, "{name}: {} bytes", bytes.len());
    }
}

/// WCAG 2's relative luminance of a colour.
fn luminance(hex: &str) -> f64 {
    let linear = |channel: u8| {
        let value = f64::from(channel) / 255.0;
        if value <= 0.039_28 { value / 12.92 } else { ((value + 0.055) / 1.055).powf(2.4) }
    };
    let [red, green, blue] = rgb(hex);
    0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
}

fn contrast(one: &str, other: &str) -> f64 {
    let (one, other) = (luminance(one), luminance(other));
    (one.max(other) + 0.05) / (one.min(other) + 0.05)
}

#[test]
fn all_text_has_at_least_aa_contrast() {
    assert!((contrast("#ffffff", "#000000") - 21.0).abs() < 1e-9);
    for (text, background) in [(TEXT, BACKGROUND), (QUIET_TEXT, BACKGROUND), (LABEL_TEXT, LABEL_BACKGROUND)] {
        let ratio = contrast(text, background);
        assert!(ratio >= 4.5, "{text} on {background}: {ratio:.2}:1");
    }
}

#[test]
fn an_illustrative_session_says_so_on_a_yellow_label() {
    let preview = illustrative();
    let layout = layout(&preview).unwrap();
    let (label, [x, y, width, height]) = layout.label.as_ref().expect("a label");
    assert_eq!(label.lines.iter().map(|line| line.text.as_str()).collect::<Vec<_>>(), [ILLUSTRATIVE]);
    assert!(label.size >= 20.0, "the label is too small to be prominent: {} px", label.size);
    let (info, pixels) = decode(&drawn(&preview));
    let channels = info.line_size / WIDTH as usize;
    let at = ((*y as usize + 4) * WIDTH as usize + *x as usize + 4) * channels;
    assert_eq!(pixels[at..at + 3], rgb(LABEL_BACKGROUND));
    assert!(x + width <= (WIDTH as f32) - MARGIN_X + 0.5 && *y >= 0.0 && *height > label.size);
    assert!(programme_guide::publish::preview::layout(&session("A session")).unwrap().label.is_none());
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

fn line_words(block: &Block) -> Vec<&str> {
    block.lines.iter().flat_map(|line| line.text.split(' ')).collect()
}

/// Every line of every block lies inside the margins, and no block overlaps another.
fn assert_inside(name: &str, layout: &Layout) {
    let (right, bottom) = (WIDTH as f32 - MARGIN_X, HEIGHT as f32 - MARGIN_Y);
    for block in layout.blocks() {
        assert!(block.top >= MARGIN_Y - 0.01 && block.bottom() <= bottom + 0.01, "{name}: {block:?} outside the margins");
        for line in &block.lines {
            assert!(block.x >= MARGIN_X && block.x + line.width <= right + 0.01, "{name}: {line:?} is wider than the margins");
        }
    }
    let mut stacked: Vec<&Block> = vec![&layout.series, &layout.title, &layout.when];
    stacked.extend(&layout.by);
    for pair in stacked.windows(2) {
        assert!(pair[0].bottom() <= pair[1].top, "{name}: {:?} overlaps {:?}", pair[0].lines, pair[1].lines);
    }
    if let Some((label, [x, y, _, height])) = &layout.label {
        assert!(layout.series.x + layout.series.width() < *x, "{name}: the series' name runs into the label");
        assert!(label.top >= *y && label.bottom() <= y + height && y + height <= layout.title.top, "{name}: {label:?}");
    }
}

#[test]
fn long_titles_wrap_and_shrink_but_keep_every_word_inside_the_margins() {
    let short = layout(&session("Is the hostile environment racist?")).unwrap();
    assert_eq!(short.title.size, 72.0, "a short title is set at the largest size");
    assert!((190..=210).contains(&LONG_TITLE.chars().count()), "{}", LONG_TITLE.len());
    let long_word = "Immigrationdetentionreportingrequirement";
    assert_eq!(long_word.len(), 40);
    let unbroken = "Immigrationdetentionreportingrequirement".repeat(3);
    let titles = [
        LONG_TITLE,
        LONG_WORD_TITLE,
        SERIES_TITLE,
        unbroken.as_str(),
        "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
        &"Know your rights. ".repeat(30),
    ];
    for title in titles {
        for preview in [session(title), Preview { title, ..illustrative() }, Preview { title, ..series() }] {
            let layout = layout(&preview).unwrap();
            assert_inside(title, &layout);
            assert_eq!(line_words(&layout.title), words(title), "words lost, cut or out of order");
            assert!(layout.title.size < 72.0 || title.len() < 40, "{title}: {}", layout.title.size);
        }
    }
    let long = layout(&session(LONG_TITLE)).unwrap().title;
    assert!(long.size >= 40.0 && long.lines.len() <= 5, "{} lines at {} px", long.lines.len(), long.size);
    // The word too long for a line at any preferred size is shrunk to fit, not broken.
    let word = layout(&session(&unbroken)).unwrap().title;
    assert_eq!(word.lines.len(), 1, "{word:?}");
}

const LONG_WHEN: &str = "Thursday 20 April 2023, 13:00–14:30 UK time (BST), and again on Thursday 27 April 2023, 13:00–14:30 UK time (BST)";
const LONG_BY: &str = "Presented by Migrants Organise, PAFRAS, the Joint Council for the Welfare of Immigrants, \
                       Social Workers Without Borders and Solidarity Knows No Borders";
const LONG_SERIES: &str = "Stand Up! Speak Out! Solidarity Knows No Borders Training Series, second edition, with partners";

/// Everything as long as it might be, at once.
fn crowded() -> Preview<'static> {
    Preview { series: LONG_SERIES, title: LONG_TITLE, when: LONG_WHEN, by: Some(LONG_BY), illustrative: true }
}

#[test]
fn the_date_and_presenters_wrap_too() {
    let (series, when, by) = (LONG_SERIES, LONG_WHEN, LONG_BY);
    let preview = crowded();
    let layout = layout(&preview).unwrap();
    assert_inside("long date and presenters", &layout);
    assert!(layout.when.lines.len() > 1 && layout.by.as_ref().is_some_and(|by| by.lines.len() > 1));
    for (block, text) in [(&layout.series, series), (&layout.title, LONG_TITLE), (&layout.when, when)] {
        assert_eq!(line_words(block), words(text));
    }
    assert_eq!(layout.by.as_ref().map(line_words), Some(words(by)));
    drawn(&preview);
}

/// Every `<text>` in the drawn tree: its text and its laid-out box (advance widths, from the
/// ascender to the descender) and its ink's box.
fn texts(group: &Group, found: &mut Vec<(String, [f32; 4], [f32; 4])>) {
    for node in group.children() {
        match node {
            Node::Group(group) => texts(group, found),
            Node::Text(text) => {
                let (layout, ink) = (text.abs_bounding_box(), text.flattened().abs_bounding_box());
                found.push((
                    text.chunks().iter().map(|chunk| chunk.text()).collect(),
                    [layout.left(), layout.top(), layout.right(), layout.bottom()],
                    [ink.left(), ink.top(), ink.right(), ink.bottom()],
                ));
            }
            _ => {}
        }
    }
}

#[test]
fn resvg_sets_each_line_as_wide_as_the_layout_measured_it_and_draws_it_inside_the_image() {
    let tricky = "Rights & wrongs: <“detention”> isn't \"care\" — Zürich, Łódź & São Paulo";
    for (name, preview) in samples().into_iter().chain([("tricky", session(tricky))]) {
        let layout = layout(&preview).unwrap();
        let lines: Vec<(&Block, &str, f32)> =
            layout.blocks().flat_map(|block| block.lines.iter().map(move |line| (block, line.text.as_str(), line.width))).collect();
        let mut found = Vec::new();
        texts(tree(&preview).unwrap().root(), &mut found);
        assert_eq!(found.len(), lines.len(), "{name}: {found:?}");
        for ((block, text, width), (drawn_text, [left, _, right, _], [ink_left, ink_top, ink_right, ink_bottom])) in
            lines.iter().zip(&found)
        {
            assert_eq!(text, drawn_text, "{name}: the text came through the SVG changed");
            assert!(
                (left - block.x).abs() < 0.5 && (right - left - width).abs() < 0.5,
                "{name}: {text:?} measured {width}, set {left}..{right}"
            );
            // Ink may overhang a glyph's advance a little, and accents rise above capitals.
            assert!(
                *ink_left >= MARGIN_X - 8.0 && *ink_right <= WIDTH as f32 - MARGIN_X + 8.0,
                "{name}: {text:?} inked {ink_left}..{ink_right}"
            );
            assert!(
                *ink_top >= MARGIN_Y - 24.0 && *ink_bottom <= HEIGHT as f32 - MARGIN_Y + 8.0,
                "{name}: {text:?} inked {ink_top}..{ink_bottom}"
            );
        }
    }
    let title = layout(&session(tricky)).unwrap().title;
    assert_eq!(title.lines.iter().map(|line| line.text.as_str()).collect::<Vec<_>>().join(" "), tricky);
}

/// Writes the samples to target/samples/ to look at, and prints each one's size and the time
/// one image takes to draw (`cargo test --release --test native -- --ignored --nocapture preview::`).
#[test]
#[ignore = "writes sample images and prints timings"]
fn write_samples_and_time_them() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/samples");
    std::fs::create_dir_all(&folder).unwrap();
    for (name, preview) in samples() {
        let bytes = drawn(&preview);
        println!("{name}: {} bytes", bytes.len());
        std::fs::write(folder.join(format!("{name}.png")), bytes).unwrap();
    }
    let runs = 10;
    let start = Instant::now();
    for _ in 0..runs {
        for (_, preview) in samples() {
            drawn(&preview);
        }
    }
    println!("{:?} per image", start.elapsed() / (runs * samples().len() as u32));
}
