//! A data problem as GitHub Actions shows it: a workflow command on the runner's output, which
//! GitHub turns into an annotation on the file's line in the run and in a pull request's diff.

use super::report::DataError;

/// `::error file=F,line=L,col=C,title=T::message` for `error`.
pub fn github_annotation(error: &DataError) -> String {
    let title = error.subject().unwrap_or_else(|| "programme data".to_owned());
    format!(
        "::error file={},line={},col={},title={}::{}",
        property(&error.file),
        error.line,
        error.column,
        property(&title),
        data(&error.message)
    )
}

/// A command's message: `%` and line breaks would otherwise end or garble the command.
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A command's property value, where `:` and `,` also separate the properties.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}
