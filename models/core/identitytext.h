// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Names and identifiers are identities, free text is free (issue 12 item 3).
 *
 * A name or identifier (an officer's name, an applicant's name or credit code, an
 * application or resource id) is compared after NFKC normalization and may not hold a
 * character that hides or reorders what is shown: identityProblem() refuses it.
 *
 * Free text (purpose, opinions, descriptions) keeps its characters as entered and is
 * passed through displaySafe() wherever it is shown (terminal, CSV, tables, PDF), so a
 * bidi override or an ANSI escape is seen, not obeyed.
 */
namespace gd::identitytext {

/** NFKC of @p text, trimmed: the form names are stored and compared in. */
QString normalizedName(const QString &text);

/**
 * Empty when @p text may be a name or identifier; otherwise one translated sentence
 * naming the first offending character as U+XXXX and its position (1-based, counted in
 * characters): "contains U+200B (an invisible or formatting character) at character 2".
 * Refused: control characters (Cc: U+0000–U+001F, U+007F–U+009F, so also tab and line
 * breaks), format characters (Cf: among them the zero-width U+200B–U+200D, the marks
 * U+200E, U+200F and U+061C, the embeddings and overrides U+202A–U+202E, the isolates
 * U+2066–U+2069 and U+FEFF), private-use (Co), surrogates (Cs, a lone surrogate) and
 * unassigned code points (Cn), as well as the line and paragraph separators U+2028, U+2029.
 */
QString identityProblem(const QString &text);

/** Whether newline and tab are kept as they are by displaySafe(). */
enum class Lines
{
    Escape, // one line: a table cell, a CSV field, a terminal column
    Keep    // multi-line text: "\n" and "\t" stay
};

/**
 * @p text with every character that would act instead of being seen replaced by a visible
 * escape: "\u" and four uppercase hex digits ("\u202E", "\u001B"); a code point beyond
 * U+FFFF as its UTF-16 pair ("\uDB40\uDC01" for U+E0001), so that inside a JSON string the
 * escape reads back as the same character. Escaped: C0 and C1 controls (U+0000–U+001F,
 * U+007F–U+009F; U+000A and U+0009 only with Lines::Escape), format characters (Cf, which holds the
 * bidi marks, embeddings, overrides and isolates and the zero-width characters), the line and
 * paragraph separators U+2028 and U+2029, private-use (Co), lone surrogates (Cs) and
 * unassigned code points (Cn). Everything else, Chinese included, is kept unchanged; a
 * backslash already in the text is left alone. Text with nothing to escape is returned as is.
 */
QString displaySafe(const QString &text, Lines lines = Lines::Escape);

} // namespace gd::identitytext
