//! Where each line of a preview image goes. Text is wrapped at spaces and shrunk until it fits,
//! measured with the shaper (harfrust) and the font files that resvg draws with, so a line that
//! fits here is exactly as wide in the image: nothing is ever cut.

use std::sync::LazyLock;

use harfrust::{FontRef, ShapeOptions, ShaperData, UnicodeBuffer};

use super::{HEIGHT, Preview, WIDTH};

/// Inter, kept in the repository with its licence (src/publish/fonts/OFL.txt).
pub(super) const BOLD: &[u8] = include_bytes!("../fonts/Inter-Bold.otf");
pub(super) const MEDIUM: &[u8] = include_bytes!("../fonts/Inter-Medium.otf");

/// Inter's capital height and descender depth in ems (2048 and 680 of its 2816 units per em): a
/// block's top is where its capitals start, its bottom where its descenders end.
const CAP_HEIGHT: f32 = 2048.0 / 2816.0;
const DESCENT: f32 = 680.0 / 2816.0;

/// The space left clear on each side of the image, in pixels.
pub const MARGIN_X: f32 = 80.0;
/// The space left clear above and below, in pixels.
pub const MARGIN_Y: f32 = 68.0;
/// The width text may take.
const TEXT_WIDTH: f32 = WIDTH as f32 - 2.0 * MARGIN_X;

/// The label an illustrative session's image carries: the guide's own.
pub use crate::components::ILLUSTRATIVE;

/// A font weight the image uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// Inter Medium: the date and the presenters.
    Medium,
    /// Inter Bold: the series, the title and the label.
    Bold,
}

impl Weight {
    /// The CSS weight that picks this font from the font database.
    pub fn css(self) -> u16 {
        match self {
            Weight::Medium => 500,
            Weight::Bold => 700,
        }
    }
}

/// How one piece of text is set: its weight, its largest and smallest preferred sizes, at most
/// how many lines it may take at any but the smallest size, and its line height in ems.
struct Style {
    weight: Weight,
    max_size: f32,
    min_size: f32,
    max_lines: usize,
    leading: f32,
}

const SERIES: Style = Style { weight: Weight::Bold, max_size: 30.0, min_size: 20.0, max_lines: 2, leading: 1.25 };
const TITLE: Style = Style { weight: Weight::Bold, max_size: 72.0, min_size: 40.0, max_lines: 5, leading: 1.12 };
const WHEN: Style = Style { weight: Weight::Medium, max_size: 30.0, min_size: 20.0, max_lines: 2, leading: 1.3 };
const BY: Style = Style { weight: Weight::Medium, max_size: 28.0, min_size: 18.0, max_lines: 2, leading: 1.3 };
const LABEL: Style = Style { weight: Weight::Bold, max_size: 24.0, min_size: 14.0, max_lines: 1, leading: 1.25 };

/// The label's padding inside its box, across and down, in pixels.
const LABEL_PAD: (f32, f32) = (20.0, 14.0);

/// One line of text and its width in pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The words of the line, one space between each.
    pub text: String,
    /// The line's advance width as the shaper measures it.
    pub width: f32,
}

/// A piece of text set in lines at one size, placed on the image.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Its font weight.
    pub weight: Weight,
    /// Its font size in pixels.
    pub size: f32,
    /// The distance between two baselines in pixels.
    pub leading: f32,
    /// Where its lines start, from the left.
    pub x: f32,
    /// Where its first line's capitals start, from the top.
    pub top: f32,
    /// Its lines, in order.
    pub lines: Vec<Line>,
}

impl Block {
    /// The baseline of line `index`, from the top.
    pub fn baseline(&self, index: usize) -> f32 {
        self.top + CAP_HEIGHT * self.size + index as f32 * self.leading
    }

    /// Where its last line's descenders end (its top if it has no lines).
    pub fn bottom(&self) -> f32 {
        self.top + self.height()
    }

    /// Its height, from the first line's capitals to the last line's descenders.
    pub fn height(&self) -> f32 {
        height(self.lines.len(), self.size, self.leading)
    }

    /// Its widest line's width.
    pub fn width(&self) -> f32 {
        self.lines.iter().map(|line| line.width).fold(0.0, f32::max)
    }
}

/// Where everything on one preview image goes.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The series' short title, at the top left.
    pub series: Block,
    /// The illustrative label, at the top right, and its box (x, y, width, height).
    pub label: Option<(Block, [f32; 4])>,
    /// The title, under the series.
    pub title: Block,
    /// The date line, above the presenters.
    pub when: Block,
    /// The presenters, at the bottom.
    pub by: Option<Block>,
}

impl Layout {
    /// Every block of text, top to bottom.
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        [Some(&self.series), self.label.as_ref().map(|(block, _)| block), Some(&self.title), Some(&self.when), self.by.as_ref()]
            .into_iter()
            .flatten()
    }
}

/// Lays `preview` out: the header (series, and the label) at the top, the date and presenters at
/// the bottom, and the title as large as fits between them.
pub fn layout(preview: &Preview) -> Result<Layout, String> {
    let label = if preview.illustrative { Some(fit(ILLUSTRATIVE, &LABEL, 0.0, 0.0, TEXT_WIDTH / 2.0, max_height(&LABEL))?) } else { None };
    let (pad_x, pad_y) = LABEL_PAD;
    let label_width = label.as_ref().map_or(0.0, |label| label.width() + 2.0 * pad_x);
    let series_width = TEXT_WIDTH - label_width - if label.is_some() { 32.0 } else { 0.0 };
    let series = fit(preview.series, &SERIES, MARGIN_X, MARGIN_Y, series_width, max_height(&SERIES))?;
    // The label sits at the right, centred on the series' first line, its text no higher than the
    // series' (a shrunken series would otherwise lift it into the margin).
    let label = label.map(|mut label| {
        let height = CAP_HEIGHT * label.size + 2.0 * pad_y;
        let y = (MARGIN_Y + CAP_HEIGHT * series.size / 2.0 - height / 2.0).max(MARGIN_Y - pad_y);
        let x = WIDTH as f32 - MARGIN_X - label_width;
        (label.x, label.top) = (x + pad_x, y + pad_y);
        (label, [x, y, label_width, height])
    });

    // The footer is set from the bottom up: the presenters last, the date above them.
    let mut footer_top = HEIGHT as f32 - MARGIN_Y;
    let by = match preview.by {
        Some(by) => {
            let by = fit(by, &BY, MARGIN_X, 0.0, TEXT_WIDTH, max_height(&BY))?;
            let top = footer_top - by.height();
            footer_top = top - 14.0;
            Some(Block { top, ..by })
        }
        None => None,
    };
    let when = fit(preview.when, &WHEN, MARGIN_X, 0.0, TEXT_WIDTH, max_height(&WHEN))?;
    let when = Block { top: footer_top - when.height(), ..when };

    let header_bottom = label.as_ref().map_or(series.bottom(), |(_, [_, y, _, height])| series.bottom().max(y + height));
    let top = header_bottom + 44.0;
    let title = fit(preview.title, &TITLE, MARGIN_X, top, TEXT_WIDTH, when.top - 44.0 - top)?;
    Ok(Layout { series, label, title, when, by })
}

/// The height a style's text takes at its largest size and most lines.
fn max_height(style: &Style) -> f32 {
    height(style.max_lines, style.max_size, style.leading * style.max_size)
}

/// The height of `lines` lines at `size`, from the first line's capitals to the last's descenders.
fn height(lines: usize, size: f32, leading: f32) -> f32 {
    match lines {
        0 => 0.0,
        lines => CAP_HEIGHT * size + (lines - 1) as f32 * leading + DESCENT * size,
    }
}

/// Sets `text` in the largest whole-pixel size at which it fits `width` × `height` in at most the
/// style's lines, or, if even its smallest size needs more, in as many lines as fit at the largest
/// size that fits at all. A word wider than a line shrinks the text until it fits.
fn fit(text: &str, style: &Style, x: f32, top: f32, width: f32, height_available: f32) -> Result<Block, String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let advances = words.iter().map(|word| advance(word, style.weight)).collect::<Result<Vec<_>, _>>()?;
    let space = advance(" ", style.weight)?;
    let mut size = style.max_size;
    while size >= 1.0 {
        let leading = (style.leading * size).round();
        let lines = wrap(&words, &advances, space, width / size);
        if height(lines.len(), size, leading) <= height_available && (lines.len() <= style.max_lines || size <= style.min_size) {
            // The wrap summed the words' widths; the line as a whole may kern differently.
            let lines = lines
                .into_iter()
                .map(|text| Ok(Line { width: advance(&text, style.weight)? * size, text }))
                .collect::<Result<Vec<_>, String>>()?;
            if lines.iter().all(|line| line.width <= width) {
                return Ok(Block { weight: style.weight, size, leading, x, top, lines });
            }
        }
        size -= 1.0;
    }
    Err(format!("“{text}” is too long to fit a preview image"))
}

/// Breaks `words` (with their advances in ems) into lines no wider than `width` ems where it can;
/// a word wider than that takes a line of its own.
fn wrap(words: &[&str], advances: &[f32], space: f32, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line_width = 0.0;
    for (word, advance) in words.iter().zip(advances) {
        match lines.last_mut() {
            Some(line) if line_width + space + advance <= width => {
                line.push(' ');
                line.push_str(word);
                line_width += space + advance;
            }
            _ => {
                lines.push((*word).to_owned());
                line_width = *advance;
            }
        }
    }
    lines
}

/// A font and the shaper's tables for it, built once.
struct Shaping {
    font: FontRef<'static>,
    data: ShaperData,
}

impl Shaping {
    fn new(bytes: &'static [u8]) -> Result<Shaping, String> {
        let font = FontRef::new(bytes).map_err(|error| format!("the preview font cannot be read: {error}"))?;
        Ok(Shaping { data: ShaperData::new(&font), font })
    }
}

static SHAPING_MEDIUM: LazyLock<Result<Shaping, String>> = LazyLock::new(|| Shaping::new(MEDIUM));
static SHAPING_BOLD: LazyLock<Result<Shaping, String>> = LazyLock::new(|| Shaping::new(BOLD));

/// The advance width of `text` set in `weight`, in ems, as resvg's shaper sets it.
fn advance(text: &str, weight: Weight) -> Result<f32, String> {
    let shaping = match weight {
        Weight::Medium => &SHAPING_MEDIUM,
        Weight::Bold => &SHAPING_BOLD,
    };
    let Shaping { font, data } = shaping.as_ref().map_err(Clone::clone)?;
    let shaper = data.shaper(font).build();
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    let glyphs = shaper.shape(buffer, ShapeOptions::new());
    let units: i32 = glyphs.glyph_positions().iter().map(|position| position.x_advance).sum();
    Ok(units as f32 / shaper.units_per_em() as f32)
}
