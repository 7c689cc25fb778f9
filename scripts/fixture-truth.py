#!/usr/bin/env python3
"""Writes src/test/resources/fixtures/<id>.truth.txt for pdfquality.py from the fixture's sources:
one paragraph a line (kicker, title, subtitle, byline, body), pages in order, articles with a
priority first (by priority), then the rest in file order, as the engine ranks them."""
import glob, os, re, sys, yaml

def article_lines(path):
    text = open(path, encoding='utf-8').read()
    _, fm, body = text.split('---\n', 2)
    meta = yaml.safe_load(fm)
    out = []
    title = meta.get('title')
    for key in ('kicker',):
        if meta.get(key): out.append(str(meta[key]))
    out.append(''.join(title) if isinstance(title, list) else str(title))
    for key in ('subtitle', 'byline'):
        if meta.get(key): out.append(str(meta[key]))
    if meta.get('caption'): out.append(str(meta['caption']))
    para = []
    def flush():
        if para: out.append(''.join(para)); para.clear()
    for line in body.splitlines():
        s = line.strip()
        if not s: flush(); continue
        if re.fullmatch(r'\|?[-:| ]+\|?', s): continue
        if s.startswith('|'):
            flush(); out.append(''.join(c.strip() for c in s.strip('|').split('|'))); continue
        s = re.sub(r'^(#+|>|-|\d+\.)\s*', '', s)
        s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s).replace('*', '')
        if line.lstrip().startswith(('- ', '## ')): flush(); out.append(s); continue
        para.append(s)
    flush()
    if meta.get('dateline') and len(out) > 0:
        pass  # the dateline runs into the first paragraph; pdfquality ignores extra text in recall
    prio = meta.get('priority')
    return (0, prio) if prio else (1, 0), out

def main(folder):
    lines = []
    for page in sorted(p for p in glob.glob(os.path.join(folder, '*')) if os.path.isdir(p) and not p.endswith('images')):
        arts = sorted((article_lines(f)[0], i, article_lines(f)[1]) for i, f in enumerate(sorted(glob.glob(os.path.join(page, '*.md')))))
        for _, _, out in arts: lines.extend(out)
    dest = folder.rstrip('/') + '.truth.txt'
    open(dest, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    print(dest, len(lines), 'lines')

for f in sys.argv[1:]: main(f)
