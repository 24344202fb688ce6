#!/usr/bin/env python3
"""Summarise a PIT mutations.xml: per package and per class.

Rule: a mutant counts as killed ("detected") when PIT says detected='true', i.e. status KILLED,
TIMED_OUT, MEMORY_ERROR or RUN_ERROR. SURVIVED and NO_COVERAGE are not detected. Score =
detected / all mutants; test strength = detected / (all - NO_COVERAGE), as PIT reports them.
Usage: pit-summary.py mutations.xml [more.xml ...] [--classes] [--lines CLASS]

Several files (one per package run, as docs/mutation-testing.md's whole-core run makes them) are
read as one run; a mutant that appears in more than one file (same class, method, line, mutator
and index) is counted once, from the last file that has it.
"""
import sys, collections, xml.etree.ElementTree as ET

def load(path):
    for m in ET.parse(path).getroot().iter('mutation'):
        yield dict(status=m.get('status'), detected=m.get('detected') == 'true',
                   cls=m.findtext('mutatedClass'), method=m.findtext('mutatedMethod'),
                   line=int(m.findtext('lineNumber')), desc=m.findtext('description'),
                   mutator=m.findtext('mutator').rsplit('.', 1)[-1],
                   key=(m.findtext('mutatedClass'), m.findtext('mutatedMethod'),
                        m.findtext('methodDescription'), m.findtext('lineNumber'),
                        m.findtext('mutator'), ','.join(i.text for i in m.iter('index')),
                        m.findtext('description')))

def load_all(paths):
    seen = {}
    for p in paths:
        for r in load(p):
            seen[r['key']] = r
    return list(seen.values())

def pkg(cls):
    return cls.split('$')[0].rsplit('.', 1)[0].replace('io.github.thaw.', '')

def table(rows, key):
    agg = collections.defaultdict(collections.Counter)
    for r in rows:
        k = key(r); a = agg[k]
        a['total'] += 1
        a['killed'] += r['detected']
        a['nocov'] += r['status'] == 'NO_COVERAGE'
        a['surv'] += r['status'] == 'SURVIVED'
    return agg

def fmt(name, a):
    cov = a['total'] - a['nocov']
    return (f"| `{name}` | {a['total']} | {a['killed']} | {a['nocov']} | {a['surv']} | "
            f"{100*a['killed']/a['total']:.1f}% | {100*a['killed']/cov if cov else 0:.1f}% |")

def main():
    files = [a for a in sys.argv[1:] if a.endswith('.xml')]
    args = [a for a in sys.argv[1:] if not a.endswith('.xml')]
    rows = load_all(files)
    if '--lines' in args:
        c = args[args.index('--lines') + 1]
        for r in sorted(rows, key=lambda r: r['line']):
            if r['cls'].split('$')[0].endswith(c) and not r['detected']:
                print(f"{r['line']:5} {r['status']:12} {r['cls'].rsplit('.',1)[-1]}.{r['method']}: {r['desc']}")
        return
    print('| package | mutants | killed | no coverage | survived | score | test strength |')
    print('|---|---|---|---|---|---|---|')
    agg = table(rows, lambda r: pkg(r['cls']))
    for k in sorted(agg): print(fmt(k, agg[k]))
    tot = table(rows, lambda r: 'all')['all']
    print(fmt('all', tot))
    st = collections.Counter(r['status'] for r in rows)
    print('statuses:', dict(st))
    if '--classes' in args:
        agg = table(rows, lambda r: r['cls'].split('$')[0].replace('io.github.thaw.', ''))
        print('\nclasses with undetected mutants (survived + no coverage):')
        for k, a in sorted(agg.items(), key=lambda kv: -(kv[1]['surv'] + kv[1]['nocov'])):
            if a['surv'] + a['nocov']:
                print(f"  {a['surv']+a['nocov']:4}  surv {a['surv']:3} nocov {a['nocov']:3}  of {a['total']:4}  {k}")

main()
