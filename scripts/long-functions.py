#!/usr/bin/env python3
"""Lists the functions longer than a limit (default 80 lines) in the given folders.

A function is counted from the line of its opening brace to its closing brace, where both
braces stand alone at the start of a line (the project's clang-format style): at column 0
for a free or out-of-class function, at column 4 for a member defined inside a class that
is itself at column 0. A class, struct or enum body is not a function. A function that is
long on purpose says so in the comment above it ("Long on purpose"); those are listed
apart. Exit status 1 when any other function is over the limit.

    python3 scripts/long-functions.py [--limit N] models store ui app
"""
import argparse
import os
import re
import sys

TYPE_START = re.compile(r'^\s*(template\s*<.*>\s*)?(class|struct|union|enum|namespace)\b')


def functions(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    stack = []  # (indent, start line, is_type)
    for i, line in enumerate(lines):
        for indent in (0, 4):
            pad = ' ' * indent
            if line == pad + '{':
                j = i - 1
                while j >= 0 and lines[j].strip() == '':
                    j -= 1
                k = j
                # the declaration may span lines: walk up to its first line
                while k > 0 and lines[k - 1].startswith(pad) and not lines[k - 1].strip().endswith((';', '}', '*/')) \
                        and lines[k - 1].strip() != '' and len(lines[k - 1]) - len(lines[k - 1].lstrip()) >= indent \
                        and not lines[k - 1].lstrip().startswith(('//', '/*', '*')):
                    k -= 1
                declaration = ' '.join(l.strip() for l in lines[k:j + 1])
                is_type = bool(TYPE_START.match(declaration)) or declaration.endswith('=')
                stack.append((indent, i, is_type, k, declaration))
            elif (line == pad + '}' or line == pad + '};') and stack and stack[-1][0] == indent:
                indent_, start, is_type, k, declaration = stack.pop()
                if not is_type:
                    comment = '\n'.join(lines[max(0, k - 8):k])
                    yield (i - start + 1, k + 1, declaration, 'long on purpose' in comment.lower())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--limit', type=int, default=80)
    parser.add_argument('folders', nargs='+')
    args = parser.parse_args()
    found, excused = [], []
    for folder in args.folders:
        for root, _, names in sorted(os.walk(folder)):
            for name in sorted(names):
                if not name.endswith('.cpp'):
                    continue
                path = os.path.join(root, name)
                for length, line, declaration, on_purpose in functions(path):
                    if length > args.limit:
                        (excused if on_purpose else found).append(
                            (length, f'{path}:{line}', declaration[:100]))
    for length, where, declaration in sorted(found, reverse=True):
        print(f'{length:4d}  {where}  {declaration}')
    for length, where, declaration in sorted(excused, reverse=True):
        print(f'{length:4d}  {where}  {declaration}  (long on purpose)')
    status = 1 if found else 0
    print(f'long functions: {len(found)} over {args.limit} lines without a reason, status {status}')
    return status


if __name__ == '__main__':
    sys.exit(main())
