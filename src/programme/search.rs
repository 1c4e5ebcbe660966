//! Free-text search that ignores case and accents: "reunion" finds "Réunion", "nhs" finds "NHS".
//! Each session's searchable text is folded once into a string of plain lowercase words; a query
//! matches when every word typed starts a word of that text, in any order. Accents are folded
//! with a small table of Latin letters, and case by the code ranges of the scripts that have it
//! (Latin, Greek, Cyrillic), rather than with Unicode's tables, which would cost the phone more
//! WebAssembly than the whole search.

use super::model::{Programme, Session};

/// Lowercases `text`, strips accents from Latin letters, and turns everything that is not a letter
/// or digit into a single space. The result starts and ends with a space, so that " word" finds
/// the start of a word anywhere.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars().map(lower) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(plain) = unaccent(c) {
            out.push_str(plain);
        } else if is_word(c) {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// The lowercase of a Latin, Greek or Cyrillic capital; any other character as it is.
fn lower(c: char) -> char {
    let code = c as u32;
    let lowered = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => code + 32,
        0x400..=0x40F => code + 80,
        // Latin Extended-A pairs each capital with the small letter after it.
        0x100..=0x137 | 0x14A..=0x177 if code.is_multiple_of(2) => code + 1,
        0x139..=0x148 | 0x179..=0x17E if !code.is_multiple_of(2) => code + 1,
        0x178 => 0xFF,
        _ => code,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// Whether a character that is not an ASCII letter or digit is part of a word: letters of every
/// script are; spaces, punctuation, symbols and emoji separate words.
fn is_word(c: char) -> bool {
    !matches!(
        c as u32,
        0..=0xBF | 0xD7 | 0xF7 | 0x2000..=0x2BFF | 0x3000..=0x303F | 0xFE10..=0xFE6F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0x1F000..=0x1FAFF
    )
}

/// The plain letters for an accented lowercase Latin letter.
fn unaccent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        '\u{2019}' | '\'' => "",
        _ => return None,
    })
}

/// The words of a query, folded; blank queries have none.
pub fn query_words(query: &str) -> Vec<String> {
    // Folded text has single ASCII spaces between its words, and around them.
    fold(query).split(' ').filter(|w| !w.is_empty()).map(|w| format!(" {w}")).collect()
}

/// Whether every one of `words` (from [`query_words`]) starts a word of one of the folded `texts`.
pub fn matches(texts: &[&str], words: &[String]) -> bool {
    words.iter().all(|word| texts.iter().any(|text| text.contains(word.as_str())))
}

/// The folded searchable text of every session, in programme order: title, description, speakers,
/// topic labels and organisation names. In the browser the programme read from the page has no
/// descriptions (`crate::contract::read`): they come from the [`descriptions_file`], read by
/// [`read_descriptions`].
pub fn index(programme: &Programme) -> Vec<String> {
    programme.sessions.iter().map(|session| fold(&searchable_text(programme, session))).collect()
}

fn searchable_text(programme: &Programme, session: &Session) -> String {
    let mut parts = vec![session.title.clone(), session.description.clone()];
    parts.extend(session.speakers.iter().cloned());
    parts.extend(programme.topic_labels(session));
    parts.extend(programme.organisation_names(session));
    parts.join(" \n ")
}

/// The file of folded session descriptions the build writes beside index.html: one line per
/// session, its slug and then its folded description. The app fetches it on the first search
/// rather than with every first visit; a slug per line means a file from another build can never put one session's
/// words on another.
pub fn descriptions_file(programme: &Programme) -> String {
    programme.sessions.iter().map(|session| format!("{}{}\n", session.slug.as_str(), fold(&session.description))).collect()
}

/// The folded descriptions in `file` (a [`descriptions_file`]), one per session of `programme` in
/// programme order: empty for a session the file does not name.
pub fn read_descriptions(programme: &Programme, file: &str) -> Vec<String> {
    let mut descriptions = vec![String::new(); programme.sessions.len()];
    for (line, text) in file.split('\n').enumerate() {
        // The slug, then the folded words, which start with a space.
        let Some(space) = text.find(' ') else { continue };
        let (slug, words) = text.split_at(space);
        let named = |i: &usize| programme.sessions[*i].slug.as_str() == slug;
        // Written in programme order, so a session's line is almost always at its own place.
        let place = Some(line).filter(|i| *i < descriptions.len()).filter(named);
        if let Some(i) = place.or_else(|| (0..descriptions.len()).find(named)) {
            descriptions[i] = words.to_owned();
        }
    }
    descriptions
}
