// A fixture for check_colours.sh: the two colour literals below must be found; the palette's
// own definitions (ui/common) and an object name in a style sheet must not.
static const char *const kStyle = "QFrame#deadPanel { color: #a02020; }";
static const QColor kRed(0xb0, 0x1e, 0x1e);
