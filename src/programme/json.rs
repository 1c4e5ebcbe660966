//! Just enough JSON for the stored shortlist: a strict reader of any JSON text into a value, and
//! string quoting for writing. Written here rather than taken from `serde_json`, whose parser and
//! error formatting cost the phone about 15 KB (gzip) of WebAssembly for one small envelope.
//! Numbers are kept only when they are whole and not negative: that is all the envelope holds.

/// A JSON value. Objects keep their members in the order written.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number; `None` when it is not a whole number from 0 to `u64::MAX`.
    Number(Option<u64>),
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member `name` of an object.
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(key, _)| key == name).map(|(_, value)| value),
            _ => None,
        }
    }
}

/// How deeply lists and objects may nest: deeper text is refused rather than risking the stack.
const MOST_NESTED: usize = 64;

/// Reads `text` as one JSON value; the error says what was wrong and at which character.
pub fn parse(text: &str) -> Result<Json, String> {
    let mut reader = Reader { chars: text.chars().collect(), at: 0 };
    let value = reader.value(0)?;
    reader.space();
    match reader.peek() {
        None => Ok(value),
        Some(_) => Err(reader.error("nothing more")),
    }
}

/// `text` as a JSON string, quotes included.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

struct Reader {
    chars: Vec<char>,
    at: usize,
}

impl Reader {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek();
        self.at += usize::from(c.is_some());
        c
    }

    fn error(&self, expected: &str) -> String {
        match self.peek() {
            Some(_) => format!("expected {expected} at character {}", self.at + 1),
            None => format!("expected {expected}, but the text ends"),
        }
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        let end = self.at + word.chars().count();
        let found = self.chars.get(self.at..end).is_some_and(|got| got.iter().copied().eq(word.chars()));
        if found {
            self.at = end;
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        self.space();
        if depth > MOST_NESTED {
            return Err(format!("at most {MOST_NESTED} levels of nesting"));
        }
        match self.peek() {
            Some('{') => self.object(depth),
            Some('[') => self.list(depth),
            Some('"') => self.text().map(Json::Text),
            Some('-' | '0'..='9') => self.number(),
            _ if self.eat("null") => Ok(Json::Null),
            _ if self.eat("true") => Ok(Json::Bool(true)),
            _ if self.eat("false") => Ok(Json::Bool(false)),
            _ => Err(self.error("a value")),
        }
    }

    fn list(&mut self, depth: usize) -> Result<Json, String> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.eat("]") {
            return Ok(Json::List(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.space();
            match self.next() {
                Some(',') => {}
                Some(']') => return Ok(Json::List(items)),
                _ => {
                    self.at -= 1;
                    return Err(self.error("“,” or “]”"));
                }
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, String> {
        self.at += 1;
        let mut members = Vec::new();
        self.space();
        if self.eat("}") {
            return Ok(Json::Object(members));
        }
        loop {
            self.space();
            if self.peek() != Some('"') {
                return Err(self.error("a member name in quotes"));
            }
            let name = self.text()?;
            self.space();
            if !self.eat(":") {
                return Err(self.error("“:”"));
            }
            members.push((name, self.value(depth + 1)?));
            self.space();
            match self.next() {
                Some(',') => {}
                Some('}') => return Ok(Json::Object(members)),
                _ => {
                    self.at = self.at.saturating_sub(1);
                    return Err(self.error("“,” or “}”"));
                }
            }
        }
    }

    fn number(&mut self) -> Result<Json, String> {
        let negative = self.eat("-");
        let digits = |r: &mut Reader| {
            let start = r.at;
            while matches!(r.peek(), Some('0'..='9')) {
                r.at += 1;
            }
            r.chars[start..r.at].iter().collect::<String>()
        };
        let whole = digits(self);
        if whole.is_empty() || (whole.len() > 1 && whole.starts_with('0')) {
            return Err(self.error("a digit"));
        }
        let mut exact = !negative;
        if self.eat(".") {
            exact = false;
            if digits(self).is_empty() {
                return Err(self.error("a digit"));
            }
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            self.at += 1;
            exact = false;
            let _ = self.eat("+") || self.eat("-");
            if digits(self).is_empty() {
                return Err(self.error("a digit"));
            }
        }
        Ok(Json::Number(if exact { whole.parse().ok() } else { None }))
    }

    fn text(&mut self) -> Result<String, String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            match self.next() {
                None => return Err(self.error("a closing quote")),
                Some('"') => return Ok(out),
                Some('\\') => out.push(self.escape()?),
                Some(c) if (c as u32) < 0x20 => {
                    self.at -= 1;
                    return Err(self.error("no control character in a string"));
                }
                Some(c) => out.push(c),
            }
        }
    }

    fn escape(&mut self) -> Result<char, String> {
        Ok(match self.next() {
            Some('"') => '"',
            Some('\\') => '\\',
            Some('/') => '/',
            Some('b') => '\u{8}',
            Some('f') => '\u{c}',
            Some('n') => '\n',
            Some('r') => '\r',
            Some('t') => '\t',
            Some('u') => {
                let high = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&high) {
                    if !self.eat("\\u") {
                        return Err(self.error("the second half of a surrogate pair"));
                    }
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("the second half of a surrogate pair"));
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                char::from_u32(code).ok_or_else(|| self.error("a character, not half of a surrogate pair"))?
            }
            _ => {
                self.at = self.at.saturating_sub(1);
                return Err(self.error("an escape such as \\n or \\u00e9"));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|c| c.to_digit(16)).ok_or_else(|| self.error("a hexadecimal digit"))?;
            self.at += 1;
            code = code * 16 + digit;
        }
        Ok(code)
    }
}
