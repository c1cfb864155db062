// A fixture for check_colours.sh: the palette may define colours.
inline const QColor kBad{0xb0, 0x1e, 0x1e};
