//! Where a CSV file's records end, found byte by byte before any record is parsed, so a
//! file streams in chunks of any size and quoting that cannot be trusted refuses the
//! file, naming the line where the quote opened, instead of swallowing the rows after it.
//!
//! The rules (RFC 4180, lenient only where nothing can be lost): a field that starts
//! with a quote ends at a quote followed by a comma or a line break, and a quote inside
//! it is written twice; text after a closing quote is an error. A quoted field may hold
//! line breaks only when its row still has the header's number of fields, and no quoted
//! field is longer than [`MAX_QUOTED_FIELD_BYTES`]. A quote inside an unquoted field
//! (`O'Brien`, `5" screen`) is a plain character, as spreadsheets write it.

use crate::core::error::{Error, Result};

/// The longest quoted field taken: far beyond any prospect's notes, far below the rest
/// of a file that a missing closing quote would swallow.
pub const MAX_QUOTED_FIELD_BYTES: usize = 32 * 1024;
/// The longest row taken, quoted fields and all.
pub const MAX_RECORD_BYTES: usize = 1 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// At the start of a field (or of a record).
    FieldStart,
    /// Inside a field that did not start with a quote.
    Unquoted,
    /// Inside a quoted field.
    Quoted,
    /// Just after a quote inside a quoted field: a second quote, a comma or a line break.
    AfterQuote,
}

/// The splitter's place in a file, kept between chunks.
#[derive(Debug, Clone)]
pub struct Splitter {
    state: State,
    /// The line of the next byte, from 1.
    line: u64,
    /// The last byte was a carriage return: a line feed right after it ends no new line.
    after_cr: bool,
    /// Where the quoted field being read opened.
    quote_line: u64,
    field_bytes: usize,
    /// Fields ended so far in the record being read.
    fields: usize,
    record_line: u64,
    record_bytes: usize,
    /// The line where a quoted field of this record that holds a line break opened.
    spans_from: Option<u64>,
    /// The header's number of fields, once it is read.
    header_fields: Option<usize>,
    /// Records ended so far, blank lines not counted.
    records: u64,
}

impl Default for Splitter {
    fn default() -> Self {
        Splitter {
            state: State::FieldStart,
            line: 1,
            after_cr: false,
            quote_line: 0,
            field_bytes: 0,
            fields: 0,
            record_line: 1,
            record_bytes: 0,
            spans_from: None,
            header_fields: None,
            records: 0,
        }
    }
}

fn refuse(message: String) -> Error {
    Error::invalid("input", message)
}

impl Splitter {
    /// Reads `bytes`, the file's next ones, and returns the length of the prefix of them
    /// that ends a record (0 when none ends in them). An error names the line to fix.
    pub fn scan(&mut self, bytes: &[u8]) -> Result<usize> {
        let mut complete = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let lf_after_cr = b == b'\n' && self.after_cr;
            self.after_cr = b == b'\r';
            if lf_after_cr && self.state == State::FieldStart && self.record_bytes == 0 {
                // The second half of a CRLF that ended the record before.
                complete = i + 1;
                continue;
            }
            let breaks_line = (b == b'\n' && !lf_after_cr) || b == b'\r';
            self.record_bytes += 1;
            if self.record_bytes > MAX_RECORD_BYTES {
                return Err(refuse(format!("line {}: a row longer than {} bytes; is this a CSV file?", self.record_line, MAX_RECORD_BYTES)));
            }
            match (self.state, b) {
                (State::Quoted, b'"') => self.state = State::AfterQuote,
                (State::Quoted, _) => {
                    self.field_bytes += 1;
                    if self.field_bytes > MAX_QUOTED_FIELD_BYTES {
                        return Err(refuse(format!(
                            "line {}: the quoted field that opens here runs past {} bytes (to line {}); a closing quote is probably missing",
                            self.quote_line, MAX_QUOTED_FIELD_BYTES, self.line
                        )));
                    }
                    if breaks_line {
                        self.spans_from.get_or_insert(self.quote_line);
                    }
                }
                (State::AfterQuote, b'"') => self.state = State::Quoted,
                (State::FieldStart, b'"') => {
                    self.state = State::Quoted;
                    self.quote_line = self.line;
                    self.field_bytes = 0;
                }
                (_, b',') => {
                    self.fields += 1;
                    self.state = State::FieldStart;
                }
                (_, b'\n' | b'\r') => {
                    self.end_record()?;
                    complete = i + 1;
                }
                (State::AfterQuote, _) => {
                    return Err(refuse(format!(
                        "line {}: text follows the closing quote of the field opened on line {}; write a quote inside a quoted field as two (\"\")",
                        self.line, self.quote_line
                    )));
                }
                (State::FieldStart | State::Unquoted, _) => self.state = State::Unquoted,
            }
            if breaks_line {
                self.line += 1;
            }
        }
        Ok(complete)
    }

    /// The end of the file: a last record without a line break ends here.
    pub fn finish(&mut self) -> Result<()> {
        match self.state {
            State::Quoted => Err(refuse(format!(
                "line {}: the quoted field that opens here never closes, so the rest of the file would be one field; close it, or write a quote inside a quoted field as two (\"\")",
                self.quote_line
            ))),
            _ if self.record_bytes > 0 => self.end_record(),
            _ => Ok(()),
        }
    }

    /// Records ended so far (the header included), blank lines not counted.
    pub fn records(&self) -> u64 {
        self.records
    }

    fn end_record(&mut self) -> Result<()> {
        let fields = self.fields + 1;
        let blank = self.record_bytes <= 1 && self.state == State::FieldStart && self.fields == 0;
        if let (Some(opened), Some(header)) = (self.spans_from, self.header_fields)
            && fields != header
        {
            return Err(refuse(format!(
                "line {opened}: the quoted field that opens here runs across lines {}-{}, and its row then has {fields} fields where the header has {header}; a closing quote is probably missing",
                self.record_line, self.line
            )));
        }
        if !blank {
            self.header_fields.get_or_insert(fields);
            self.records += 1;
        }
        self.state = State::FieldStart;
        self.fields = 0;
        self.record_bytes = 0;
        self.spans_from = None;
        self.record_line = self.line + 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `text` fed `step` bytes at a time: how many records, or the error. The
    /// pieces cut at record ends put back together are the text.
    fn split(text: &str, step: usize) -> Result<u64> {
        let mut splitter = Splitter::default();
        let mut carry = Vec::new();
        let mut pieces = Vec::new();
        for chunk in text.as_bytes().chunks(step.max(1)) {
            let start = carry.len();
            carry.extend_from_slice(chunk);
            let ended = splitter.scan(&carry[start..])?;
            if ended > 0 {
                pieces.extend(carry.drain(..start + ended));
            }
        }
        splitter.finish()?;
        pieces.extend(carry);
        assert_eq!(pieces, text.as_bytes());
        Ok(splitter.records())
    }

    fn refused(text: &str) -> String {
        let e = split(text, 7).unwrap_err();
        assert_eq!(e.kind(), "invalid_input");
        e.message().to_string()
    }

    #[test]
    fn a_quote_that_never_closes_names_its_line() {
        let mut text = String::from("email,first_name\n");
        for i in 0..20 {
            text += &format!("s{i}@ex.com,Name{i}\n");
        }
        text += "s10b@ex.com,\"O'Brien\n";
        for i in 20..2000 {
            text += &format!("s{i}@ex.com,Name{i}\n");
        }
        let message = refused(&text);
        assert!(message.contains("line 22: the quoted field that opens here"), "{message}");
    }

    #[test]
    fn text_after_a_closing_quote_is_refused() {
        let message = refused("email,first_name\na@ex.com,\"Ann\nb@ex.com,Bob\"x\nc@ex.com,C\n");
        assert!(message.contains("line 3: text follows the closing quote of the field opened on line 2"), "{message}");
    }

    #[test]
    fn a_quoted_line_break_is_taken_only_when_the_row_keeps_its_fields() {
        // Closed, but the row it makes has one field too many.
        let message = refused("email,first_name\na@ex.com,\"Ann\nb@ex.com\",Bob\n");
        assert!(message.contains("line 2: the quoted field that opens here runs across lines 2-3, and its row then has 3 fields where the header has 2"), "{message}");
        // A genuine note over two lines, in any chunking, CRLF or not.
        for text in ["email,notes\r\na@ex.com,\"line one,\r\nline two\"\r\nb@ex.com,x\r\n", "email,notes\na@ex.com,\"say \"\"hi\"\"\nthen\"\nb@ex.com,x"] {
            for step in [1, 2, 5, 64] {
                assert_eq!(split(text, step).unwrap(), 3, "{text:?} in steps of {step}");
            }
        }
    }

    #[test]
    fn a_quoted_field_is_bounded() {
        let text = format!("email,notes\na@ex.com,\"{}\"\n", "x".repeat(MAX_QUOTED_FIELD_BYTES + 1));
        assert!(refused(&text).contains("line 2: the quoted field that opens here runs past"));
        let text = format!("email,notes\na@ex.com,\"{}\"\n", "x".repeat(MAX_QUOTED_FIELD_BYTES));
        assert!(split(&text, 1000).is_ok());
    }

    #[test]
    fn quotes_inside_unquoted_fields_and_blank_lines_are_plain() {
        let mut splitter = Splitter::default();
        let text = b"email,name\n\na@ex.com,O'Brien \"Bob\"\r\n\r\nb@ex.com,x";
        assert_eq!(splitter.scan(text).unwrap(), text.len() - "b@ex.com,x".len());
        splitter.finish().unwrap();
        assert_eq!(splitter.records(), 3);
    }
}
