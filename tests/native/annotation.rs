//! A data problem as a GitHub Actions workflow command, which GitHub shows as an annotation on the
//! file's line: the properties and the message escaped as the runner expects.

use programme_guide::programme::annotation::github_annotation;
use programme_guide::programme::report::{DataError, Entry};

fn error(file: &str, entry: Entry, field: Option<&str>, message: &str) -> DataError {
    DataError { file: file.to_owned(), line: 27, column: 7, entry, field: field.map(str::to_owned), message: message.to_owned() }
}

#[test]
fn an_annotation_names_the_file_line_column_and_what_the_problem_is_about() {
    let e = error("src/data/programme.toml", Entry::Session("\"nhs\"".into()), Some("end"), "must be after start");
    assert_eq!(
        github_annotation(&e),
        "::error file=src/data/programme.toml,line=27,col=7,title=session \"nhs\"%2C field 'end'::must be after start"
    );
}

#[test]
fn percent_signs_and_line_breaks_are_escaped_everywhere_colons_and_commas_in_properties() {
    let e = error("data/a,b:c%.toml", Entry::File, None, "50% off: a, b\r\nnext line");
    assert_eq!(
        github_annotation(&e),
        "::error file=data/a%2Cb%3Ac%25.toml,line=27,col=7,title=programme data::50%25 off: a, b%0D%0Anext line"
    );
    let e = error("f.toml", Entry::Topic("\"a:b\"".into()), Some("x,y"), "m");
    assert_eq!(github_annotation(&e), "::error file=f.toml,line=27,col=7,title=topic \"a%3Ab\"%2C field 'x%2Cy'::m");
}
