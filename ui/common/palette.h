// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace gd {

/**
 * The one palette of the desk's widgets (docs/architecture.md §4): every colour a widget
 * draws comes from here, by what it means. A colour always comes with a text or a mark,
 * never alone. The colours of a case's status and of an alert's severity are in
 * ui/common/statuscolours.h; a dot of such a colour is ui/common/statusdot.h.
 */
namespace palette {
inline const QColor kOk{0x2e, 0x7d, 0x32};      // done, compliant, valid
inline const QColor kWarn{0xa8, 0x5a, 0x00};    // needs attention
inline const QColor kBad{0xb0, 0x1e, 0x1e};     // refused, non-compliant, an error
inline const QColor kMuted{0x6b, 0x6b, 0x6b};   // hints, secondary text
inline const QColor kHeading{0x2b, 0x4a, 0x6b}; // headings, the selected step
inline const QColor kLink{0x1d, 0x4f, 0x91};    // a value that opens its cases

/** Text of lesser weight than the main text (summaries, details, captions). */
inline const QColor kQuiet{0x55, 0x55, 0x55};
inline const QColor kCaption{0x66, 0x66, 0x66};
/** An error said in a dialog or a status line. */
inline const QColor kError{0xa0, 0x20, 0x20};
/** Something settled (an acknowledged alert, a valid signature). */
inline const QColor kSettled{0x1f, 0x6b, 0x3a};
inline const QColor kGood{0x1e, 0x7b, 0x34};
inline const QColor kCaution{0x8a, 0x5a, 0x00};

/** Chart series in order (modes compared, revenue and fee), and the neutral one (a limit). */
inline const QColor kSeries[] = {QColor(0x3b, 0x6e, 0xa8), QColor(0x4f, 0x9a, 0x6a),
                                 QColor(0xd0, 0x8a, 0x2e)};
inline const QColor kSeriesNeutral{0x9a, 0x9a, 0x9a};
/** A guide line drawn across a chart (a threshold, a break-even). */
inline const QColor kGuideLine{0x88, 0x88, 0x88};

/** Backgrounds of table cells and boxes; kPlain is the page's own (and a slice's border). */
inline const QColor kPlain{0xff, 0xff, 0xff};
inline const QColor kOkBackground{0xe8, 0xf3, 0xea};
inline const QColor kGoodBackground{0xe6, 0xf4, 0xea};
inline const QColor kWarnBackground{0xff, 0xf3, 0xdc}; // a suggestion, a warning cell
inline const QColor kCautionBackground{0xff, 0xf4, 0xd6};
inline const QColor kBadBackground{0xfd, 0xe8, 0xe6}; // a refusal cell
inline const QColor kErrorBackground{0xfd, 0xe8, 0xe8};
inline const QColor kExcessiveBackground{0xfd, 0xf1, 0xef}; // a resource judged excessive
inline const QColor kAdjustedBackground{0xff, 0xf1, 0xc9};  // a score the officer changed
inline const QColor kDeclaredBackground{0xe6, 0xef, 0xfa};  // the mode the applicant declared
inline const QColor kNoteBackground{0xff, 0xf8, 0xe1};      // an approver's note
inline const QColor kNoteBorder{0xe8, 0xc9, 0x8f};
inline const QColor kChangesBackground{0xee, 0xf4, 0xfb}; // what changed since a version
inline const QColor kChangesBorder{0xc8, 0xd6, 0xe8};
inline const QColor kChipBackground{0xe3, 0xec, 0xf7}; // the inbox's id chip
inline const QColor kChipBorder{0x9d, 0xb7, 0xd9};

/** A banner across a page: its background, text and border. */
struct Banner
{
    QColor background;
    QColor text;
    QColor border;
};
/** Information: the review is read-only. */
inline const Banner kInfoBanner{{0xee, 0xf2, 0xf7}, kHeading, {0xd5, 0xdd, 0xe8}};
/** A refusal: four eyes, a refused feed. */
inline const Banner kRefusalBanner{{0xfd, 0xec, 0xea}, {0x8a, 0x1c, 0x1c}, {0xf1, 0xb8, 0xb3}};
inline const Banner kProblemBanner{{0xfb, 0xea, 0xea}, {0x8a, 0x1c, 0x1c}, {0xe0, 0xb4, 0xb4}};
/** A success: a feed imported. */
inline const Banner kSuccessBanner{{0xea, 0xf5, 0xee}, {0x1f, 0x5a, 0x35}, {0xb7, 0xdc, 0xc4}};
/** The desk is read-only (its status text in kReadOnlyText). */
inline const Banner kReadOnlyBanner{{0xff, 0xf4, 0xd6}, {0x5c, 0x3d, 0x00}, {0xe0, 0xc4, 0x7a}};
inline const QColor kReadOnlyText{0x7a, 0x4b, 0x00};
/** The database is damaged. */
inline const Banner kDamageBanner{{0xfd, 0xe2, 0xe2}, {0x7a, 0x10, 0x10}, {0xe3, 0xa0, 0xa0}};

/** The style sheet of a label written in @p colour: "color: #rrggbb". */
inline QString textStyle(const QColor &colour)
{
    return QStringLiteral("color: %1").arg(colour.name());
}

} // namespace palette

} // namespace gd
