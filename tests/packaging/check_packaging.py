#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The packaging check (issue 18, Deliver 1): what packaging/ installs fits together.

  check_packaging.py metadata --root DIR --version X.Y.Z
      The desktop entry, the AppStream metadata, the MIME type and the icons all carry one id;
      every icon size is there at its size; the metadata has releases (the newest is the
      project's version), screenshots that exist under docs/images, a content rating; both
      man pages parse without a groff warning and document every CLI command and every GUI
      option the sources define; the Debian changelog names the version; no CMake install()
      has a hard-coded destination. DIR is the source tree (or tests/packaging/fixture, which
      must be refused).

  check_packaging.py install-tree --build DIR --prefix DIR
      `cmake --install` of the build into PREFIX puts every file where a desktop looks for it,
      with the permissions a Debian package needs.

Every problem is printed as "FILE: what", then "packaging check: N problems found" and exit 1.
"""
import argparse
import gzip
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

APP_ID = "org.grantdesk.GrantDesk"
MIME_TYPE = "application/x-grantdesk-package"
ICON_SIZES = [16, 22, 24, 32, 48, 64, 128, 256]
PROGRAMS = ["grantdesk", "grantdesk-cli"]
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

problems = []
shown_from = os.getcwd()  # paths are shown relative to this folder (the tree checked)


def problem(where, what):
    where = os.path.relpath(where, shown_from) if os.path.isabs(where) else where
    problems.append(f"{where}: {what}")


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError as e:
        problem(path, f"cannot be read ({e.strerror})")
        return None


def parse_xml(path):
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        problem(path, f"not well-formed XML ({e})")
        return None


def png_size(path):
    """(width, height) from a PNG's IHDR, or None when it is not a PNG."""
    try:
        with open(path, "rb") as f:
            head = f.read(24)
    except OSError:
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def desktop_entry(path):
    """The [Desktop Entry] group as a dict; None when the file cannot be read."""
    text = read(path)
    if text is None:
        return None
    entry, group = {}, None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            group = line.strip()
            continue
        if "=" not in line:
            problem(f"{path}:{number}", "a line that is neither a group, a comment nor key=value")
            continue
        if group == "[Desktop Entry]":
            key, value = line.split("=", 1)
            entry[key.strip()] = value.strip()
    return entry


def check_desktop(packaging):
    path = os.path.join(packaging, f"{APP_ID}.desktop")
    entry = desktop_entry(path)
    if entry is None:
        return
    if entry.get("Type") != "Application":
        problem(path, f"Type is {entry.get('Type')!r}, expected 'Application'")
    if entry.get("Icon") != APP_ID:
        problem(path, f"Icon is {entry.get('Icon')!r}, expected the application id {APP_ID!r}")
    exec_line = entry.get("Exec", "").split()
    if not exec_line or exec_line[0] != "grantdesk":
        problem(path, f"Exec does not start grantdesk: {entry.get('Exec')!r}")
    elif not set(exec_line[1:]) & {"%f", "%F"}:
        problem(path, "Exec passes no file (%f or %F): a double-clicked .gdpkg would not open")
    if MIME_TYPE not in entry.get("MimeType", "").split(";"):
        problem(path, f"MimeType does not list {MIME_TYPE}")
    for key in ("Name", "Name[zh_CN]", "Comment", "Comment[zh_CN]", "Categories"):
        if not entry.get(key):
            problem(path, f"{key} is missing")


def check_metainfo(root, packaging, version):
    path = os.path.join(packaging, f"{APP_ID}.metainfo.xml")
    component = parse_xml(path)
    if component is None:
        return
    if component.findtext("id") != APP_ID:
        problem(path, f"<id> is {component.findtext('id')!r}, expected {APP_ID!r}")
    launchables = [l.text for l in component.findall("launchable") if l.get("type") == "desktop-id"]
    if launchables != [f"{APP_ID}.desktop"]:
        problem(path, f"<launchable type=desktop-id> is {launchables}, expected ['{APP_ID}.desktop']")
    provides = component.find("provides")
    binaries = sorted(b.text for b in provides.findall("binary")) if provides is not None else []
    if binaries != sorted(PROGRAMS):
        problem(path, f"<provides> names the binaries {binaries}, expected {sorted(PROGRAMS)}")
    mediatypes = [m.text for m in provides.findall("mediatype")] if provides is not None else []
    if MIME_TYPE not in mediatypes:
        problem(path, f"<provides> has no <mediatype>{MIME_TYPE}</mediatype>")

    rating = component.find("content_rating")
    if rating is None or not (rating.get("type") or "").startswith("oars-"):
        problem(path, "no <content_rating type=\"oars-…\">")

    releases = component.findall("releases/release")
    if not releases:
        problem(path, "no <releases>")
    else:
        newest = releases[0].get("version")
        if newest != version:
            problem(path, f"the newest release is {newest!r}, the project's version is {version!r}")
        for release in releases:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date") or ""):
                problem(path, f"release {release.get('version')!r} has no date (YYYY-MM-DD)")

    screenshots = component.findall("screenshots/screenshot")
    if not screenshots:
        problem(path, "no <screenshots>")
    if sum(1 for s in screenshots if s.get("type") == "default") != 1:
        problem(path, "not exactly one screenshot is type=\"default\"")
    for shot in screenshots:
        if not shot.findtext("caption"):
            problem(path, "a screenshot without a <caption>")
        for image in shot.findall("image"):
            url = (image.text or "").strip()
            match = re.search(r"/(docs/images/[^/]+\.png)$", url)
            if not url.startswith("https://") or not match:
                problem(path, f"screenshot {url!r} is not an https URL of docs/images/*.png")
                continue
            local = os.path.join(root, match.group(1))
            size = png_size(local)
            expected = (int(image.get("width", 0)), int(image.get("height", 0)))
            if size is None:
                problem(path, f"screenshot {url!r}: {match.group(1)} is not a PNG in the repository")
            elif size != expected:
                problem(path, f"screenshot {match.group(1)} is {size[0]}x{size[1]}, "
                              f"the metadata says {expected[0]}x{expected[1]}")


def check_mime(packaging):
    path = os.path.join(packaging, f"{APP_ID}.mime.xml")
    info = parse_xml(path)
    if info is None:
        return
    types = info.findall(f"{MIME_NS}mime-type")
    if [t.get("type") for t in types] != [MIME_TYPE]:
        problem(path, f"defines {[t.get('type') for t in types]}, expected [{MIME_TYPE!r}]")
        return
    mime = types[0]
    if [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] != ["*.gdpkg"]:
        problem(path, "the glob is not *.gdpkg")
    if [s.get("type") for s in mime.findall(f"{MIME_NS}sub-class-of")] != ["application/zip"]:
        problem(path, "not a sub-class of application/zip")
    icon = mime.find(f"{MIME_NS}icon")
    if icon is None or icon.get("name") != APP_ID:
        problem(path, f"<icon name> is not {APP_ID!r}")
    langs = {c.get(XML_LANG) for c in mime.findall(f"{MIME_NS}comment")}
    if None not in langs or "zh_CN" not in langs:
        problem(path, "needs a <comment> in English and one in zh_CN")


def check_icons(packaging):
    icons = os.path.join(packaging, "icons")
    svg = os.path.join(icons, f"{APP_ID}.svg")
    drawing = parse_xml(svg)
    if drawing is not None and drawing.get("viewBox") is None:
        problem(svg, "the scalable icon has no viewBox")
    for size in ICON_SIZES:
        png = os.path.join(icons, "png", f"{APP_ID}-{size}.png")
        found = png_size(png)
        if found is None:
            problem(png, f"the {size} px icon is missing or not a PNG")
        elif found != (size, size):
            problem(png, f"is {found[0]}x{found[1]}, expected {size}x{size}")


def groff_warnings(path):
    groff = shutil.which("groff")
    if groff is None:
        problem(path, "groff is not installed: the man page cannot be checked (apt install groff-base)")
        return
    run = subprocess.run([groff, "-man", "-Tutf8", "-K", "utf8", "-ww", "-z", os.path.basename(path)],
                         capture_output=True, text=True, cwd=os.path.dirname(path),
                         env={**os.environ, "LC_ALL": "C.UTF-8"})
    for line in (run.stderr.strip().splitlines() if run.stderr.strip() else []):
        problem(path, f"groff: {line}")
    if run.returncode != 0 and not run.stderr.strip():
        problem(path, f"groff exited with {run.returncode}")


def check_man_pages(packaging, cli_main, gui_main, version):
    pages = {}
    for program in PROGRAMS:
        path = os.path.join(packaging, "man", f"{program}.1")
        text = read(path)
        if text is None:
            continue
        pages[program] = (path, text)
        groff_warnings(path)
        th = re.search(r"^\.TH\s+(\S+)\s+1\s+\"[^\"]*\"\s+\"GrantDesk ([^\"]+)\"", text, re.M)
        if not th:
            problem(path, ".TH names no section 1 and no \"GrantDesk VERSION\"")
        elif th.group(2) != version:
            problem(path, f".TH says GrantDesk {th.group(2)}, the project's version is {version}")

    # Every command the CLI dispatches has its .SS section in grantdesk-cli.1.
    # The dispatch as a table ({"name", "call", summary, &run}) or as a chain of comparisons.
    commands = names_in_source(cli_main, r'command\s*==\s*Q(?:Latin1String|StringLiteral)\("([a-z-]+)"\)'
                               r'|\{\s*"([a-z-]+)",\s*"[a-z |-]+",',
                               5, "commands (a {\"name\", \"call\", …} table or command == QLatin1String(\"…\"))")
    if commands is not None and "grantdesk-cli" in pages:
        path, text = pages["grantdesk-cli"]
        sections = re.findall(r'^\.SS\s+"?([a-z-]+)', text, re.M)
        for command in commands:
            if command not in sections:
                problem(path, f"the command {command!r} ({cli_main}) has no .SS section")
        for section in sections:
            if section not in commands:
                problem(path, f"documents a command {section!r} the CLI does not have")

    # Every option the GUI defines is in grantdesk.1.
    options = names_in_source(gui_main, r'QCommandLineOption\s+\w+\s*\(\s*QStringLiteral\("([a-z-]+)"\)',
                              3, "options (QCommandLineOption x(QStringLiteral(\"…\")))")
    if options is not None and "grantdesk" in pages:
        path, text = pages["grantdesk"]
        for option in options + ["help", "version"]:
            if "\\-\\-" + option.replace("-", "\\-") not in text:
                problem(path, f"the option --{option} ({gui_main}) is not documented")


def names_in_source(path, pattern, minimum, what):
    """The names PATTERN finds in a source file; fewer than MINIMUM means the source changed
    shape and this check has to learn it (a problem, never a silent pass)."""
    source = read(path)
    if source is None:
        return None
    names = [m if isinstance(m, str) else next(g for g in m if g) for m in re.findall(pattern, source)]
    if len(names) < minimum:
        problem(path, f"only {len(names)} {what} found: teach tests/packaging/check_packaging.py "
                      "the new code")
    return names


def check_debian(packaging, version):
    changelog = os.path.join(packaging, "debian", "changelog")
    text = read(changelog)
    if text is not None:
        head = re.match(r"grantdesk \(([^)]+)\) \S+; urgency=\w+\n", text)
        if not head:
            problem(changelog, "the first line is not \"grantdesk (VERSION) DIST; urgency=U\"")
        elif head.group(1) != version:
            problem(changelog, f"the newest entry is {head.group(1)}, the project's version is {version}")
        if not re.search(r"^ -- .+ <[^@\s>]+@[^>\s]+>  \w{3}, \d{2} \w{3} \d{4} ", text, re.M):
            problem(changelog, "no trailer line \" -- NAME <E-MAIL>  DATE\"")
    copyright_file = os.path.join(packaging, "debian", "copyright")
    text = read(copyright_file)
    if text is not None and not text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"):
        problem(copyright_file, "not a machine-readable copyright file (Format: …copyright-format/1.0/)")


def check_install_destinations(root):
    """GNUInstallDirs everywhere: a literal bin/, share/, lib/ destination is a hard-coded path."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in ("build", ".git", "fixture")]
        for name in files:
            if name != "CMakeLists.txt" and not name.endswith(".cmake"):
                continue
            path = os.path.join(folder, name)
            text = read(path) or ""
            for match in re.finditer(r"DESTINATION\s+\"?(/|bin\b|share\b|lib\b|man\b|etc\b)", text):
                line = text.count("\n", 0, match.start()) + 1
                problem(f"{path}:{line}", f"a hard-coded install destination "
                                          f"({match.group(0).strip()}); use ${{CMAKE_INSTALL_…DIR}}")


def check_identity_in_sources(identity):
    text = read(identity)
    if text is not None and f'"{APP_ID}"' not in text:
        problem(identity, f"does not set the desktop file name {APP_ID!r} (Wayland app id, window icon)")


def metadata(args):
    global shown_from
    root = shown_from = os.path.abspath(args.root)
    packaging = os.path.join(root, "packaging")
    check_desktop(packaging)
    check_metainfo(root, packaging, args.version)
    check_mime(packaging)
    check_icons(packaging)
    check_man_pages(packaging, os.path.join(root, args.cli_main), os.path.join(root, args.gui_main),
                    args.version)
    check_debian(packaging, args.version)
    check_install_destinations(root)
    check_identity_in_sources(os.path.join(root, args.identity))


def install_tree(args):
    prefix = os.path.abspath(args.prefix)
    shutil.rmtree(prefix, ignore_errors=True)
    run = subprocess.run([args.cmake, "--install", args.build, "--prefix", prefix],
                         capture_output=True, text=True)
    if run.returncode != 0:
        problem(args.build, f"cmake --install failed: {run.stderr.strip() or run.stdout.strip()}")
        return
    expected = {f"bin/{p}": 0o755 for p in PROGRAMS}
    share = {
        f"share/applications/{APP_ID}.desktop": 0o644,
        f"share/metainfo/{APP_ID}.metainfo.xml": 0o644,
        f"share/mime/packages/{APP_ID}.xml": 0o644,
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg": 0o644,
        "share/man/man1/grantdesk.1.gz": 0o644,
        "share/man/man1/grantdesk-cli.1.gz": 0o644,
        "share/doc/grantdesk/copyright": 0o644,
        "share/doc/grantdesk/changelog.gz": 0o644,
    }
    share.update({f"share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png": 0o644 for s in ICON_SIZES})
    expected.update(share)
    for relative, mode in sorted(expected.items()):
        path = os.path.join(prefix, relative)
        if not os.path.isfile(path):
            problem(relative, "not installed")
            continue
        found = stat.S_IMODE(os.stat(path).st_mode)
        if found != mode:
            problem(relative, f"installed with mode {found:o}, expected {mode:o}")
    for folder, dirs, _ in os.walk(prefix):
        for name in dirs:
            path = os.path.join(folder, name)
            found = stat.S_IMODE(os.stat(path).st_mode)
            if found != 0o755:
                problem(os.path.relpath(path, prefix), f"directory with mode {found:o}, expected 755")
    for program in PROGRAMS:
        page = os.path.join(prefix, "share/man/man1", f"{program}.1.gz")
        if os.path.isfile(page):
            with gzip.open(page, "rt", encoding="utf-8") as f:
                if not f.read().startswith(".\\\""):
                    problem(page, "does not decompress to the man page source")
    for relative in ("share/man/man1/grantdesk.1.gz", "share/doc/grantdesk/changelog.gz"):
        path = os.path.join(prefix, relative)
        if os.path.isfile(path):
            with open(path, "rb") as f:
                head = f.read(10)
            if head[4:8] != b"\0\0\0\0":
                problem(relative, "the gzip header holds a time stamp (not reproducible; gzip -n)")
    # The MIME database built from the installed type maps *.gdpkg to it, as the file
    # manager will (update-mime-database runs from shared-mime-info's dpkg trigger).
    update = shutil.which("update-mime-database")
    if update is None:
        problem("share/mime", "update-mime-database is missing (apt install shared-mime-info)")
    else:
        mime = os.path.join(prefix, "share/mime")
        run = subprocess.run([update, "-V", mime], capture_output=True, text=True)
        complaints = [l for l in (run.stderr + run.stdout).splitlines()
                      if re.search(r"warning|error|invalid|unknown", l, re.I)]
        if run.returncode != 0 or complaints:
            problem("share/mime", f"update-mime-database: {' / '.join(complaints) or run.returncode}")
        globs = read(os.path.join(mime, "globs2")) or ""
        if not re.search(rf"^\d+:{re.escape(MIME_TYPE)}:\*\.gdpkg$", globs, re.M):
            problem("share/mime/globs2", f"*.gdpkg is not mapped to {MIME_TYPE}")
        icons = read(os.path.join(mime, "icons")) or ""
        if f"{MIME_TYPE}:{APP_ID}" not in icons:
            problem("share/mime/icons", f"{MIME_TYPE} does not show the icon {APP_ID}")
    version = subprocess.run([os.path.join(prefix, "bin/grantdesk-cli"), "--version"],
                             capture_output=True, text=True)
    if version.returncode != 0 or not version.stdout.startswith("grantdesk-cli "):
        problem("bin/grantdesk-cli", f"--version does not run from the installed tree: "
                                     f"{version.stdout.strip()} {version.stderr.strip()}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    meta = sub.add_parser("metadata")
    meta.add_argument("--root", required=True)
    meta.add_argument("--version", required=True)
    meta.add_argument("--cli-main", default="app/cli/main.cpp")
    meta.add_argument("--gui-main", default="app/gui/main.cpp")
    meta.add_argument("--identity", default="app/gui/desktopidentity.h")
    tree = sub.add_parser("install-tree")
    tree.add_argument("--build", required=True)
    tree.add_argument("--prefix", required=True)
    tree.add_argument("--cmake", default="cmake")
    args = parser.parse_args()
    (metadata if args.what == "metadata" else install_tree)(args)
    for line in problems:
        print(line)
    if problems:
        print(f"packaging check: {len(problems)} problems found")
        return 1
    print("packaging check: no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
