#!/usr/bin/env python3
"""Bench helpers for cloudtrail-schema's `--format custodian` export, run against a c7n source
checkout (PYTHONPATH=$C7N_SRC:...; see bench/custodian-bench.sh). Fetches nothing; makes no AWS call.

  c7n_bench.py validate EXPORT_DIR --out OUT
      Runs the real `custodian validate` (c7n.cli:main, the console script's entry point) ONCE
      over every policy file of the export, captures its log, and reports failing files by
      reason. `custodian validate` stops at the first error class of a file (a duplicate name
      hides the file's other errors; a schema error hides Policy.validate's), so files that fail
      only by a duplicate name are validated again one at a time to show what the duplicate
      masked.

  c7n_bench.py ids EXPORT_DIR EXAMPLE_DIR --out OUT [--sample 40] [--seed 23]
      For a seeded random sample of typed policies (resource other than aws.account), builds
      the EventBridge event CloudTrail would deliver from the export's example record, and asks
      c7n itself: does the policy's rule subscribe to it (c7n.mu CloudWatchEventSource pattern),
      what does c7n.cwe.CloudWatchEvents.get_ids(event, mode) return, what survives the
      resource manager's match_ids (id_prefix), and does the value's form fit what the
      resource's get_resources accepts (extract_c7n_metadata.REVIEWED / the declared id).

  c7n_bench.py static EXPORT_DIR --out OUT
      Every validate-level problem of every file without the CLI's masking (first error only,
      duplicates hiding the rest), from c7n's own registry, schema pattern and shortcut table;
      and the shortcuts that validate but never fire.
"""
import argparse
import collections
import io
import json
import logging
import os
import random
import re
import sys
import time

import yaml


def policy_files(root):
    out = []
    for d, _, files in os.walk(root):
        for f in files:
            if f.endswith(('.yml', '.yaml')) or (f.endswith('.json') and f != 'index.json'):
                out.append(os.path.join(d, f))
    return sorted(out)


def load_c7n():
    from c7n.resources import load_resources
    load_resources(('aws.*',))
    from c7n.resources.aws import AWS
    return AWS


# ---------------------------------------------------------------------------------------- validate

class Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.getMessage()))


def run_cli(argv):
    """c7n.cli.main(argv) in-process; returns (exit code, [(level, message)])."""
    from c7n import cli
    cap = Capture()
    root = logging.getLogger()
    if not root.handlers:
        # keep the CLI's logging.basicConfig from echoing thousands of lines to stderr; the
        # captured log is written to OUT/validate.log
        root.addHandler(logging.NullHandler())
        root.setLevel(logging.INFO)
    lg = logging.getLogger('custodian')
    lg.addHandler(cap)
    code = 0
    try:
        cli.main(argv)
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    finally:
        lg.removeHandler(cap)
    return code, cap.records


def per_file_errors(records):
    """Group the ERROR records that follow each 'Configuration invalid: F' line."""
    errors = collections.OrderedDict()
    valid = set()
    current = None
    for level, msg in records:
        if msg.startswith('Configuration invalid: '):
            current = msg[len('Configuration invalid: '):]
            errors.setdefault(current, [])
            continue
        if msg.startswith('Configuration valid: '):
            valid.add(msg[len('Configuration valid: '):])
            current = None
            continue
        if current is not None and level == 'ERROR':
            errors[current].append(msg)
    return errors, valid


def classify(msgs, policy, registry):
    """A (reason, detail) for a failing file's first error, as custodian validate logged it
    (a schema error is logged as its message, then the policy name; a duplicate name after it)."""
    text = msgs[0] if msgs else ''
    rtype = (policy or {}).get('resource', '?')
    m = re.search(r'does not support cloudtrail mode policies', text)
    if m:
        return 'cloudtrail mode unsupported by resource', rtype
    m = re.search(r'event shortcut not defined: (\S+)', text)
    if m:
        return 'event shortcut not defined', m.group(1)
    if 'Only one policy with a given name allowed' in text:
        return 'duplicate policy name (across files)', (policy or {}).get('name', '?')
    if re.search(r"does not match '\^\[A-z\]", text):
        return 'name does not match c7n pattern', (policy or {}).get('name', '?')
    if 'max length with prefix' in text:
        return 'name too long for custodian-<name> lambda', (policy or {}).get('name', '?')
    if 'max description length' in text:
        return 'description too long', ''
    if 'is not valid under any of the given schemas' in text:
        t = rtype if rtype.startswith('aws.') else 'aws.' + rtype
        if registry.get(t[4:]) is None:
            return 'resource type not in c7n release', t
        return 'schema (anyOf)', rtype
    first = next((x for x in msgs if x.strip()), '')
    return 'other', first.strip().splitlines()[0][:160] if first else ''


def load_policy(path):
    try:
        with open(path) as fh:
            data = yaml.load(fh, Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader))
        return (data or {}).get('policies', [None])[0]
    except Exception:  # noqa
        return None


def cmd_validate(a):
    AWS = load_c7n()
    files = policy_files(a.export)
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    code, records = run_cli(['validate'] + files)
    dt = time.time() - t0
    with open(os.path.join(a.out, 'validate.log'), 'w') as fh:
        for level, msg in records:
            fh.write('%s %s\n' % (level, msg))
    errors, valid = per_file_errors(records)
    policies = {f: load_policy(f) for f in errors}
    reasons = collections.Counter()
    details = collections.defaultdict(collections.Counter)
    rows = []
    also = collections.Counter()
    for f, msgs in errors.items():
        r, d = classify(msgs, policies[f], AWS.resources)
        reasons[r] += 1
        details[r][d] += 1
        rest = [classify([x], policies[f], AWS.resources)[0] for x in msgs[1:]]
        for x in set(rest) - {r, 'other'}:
            also['%s, then %s' % (r, x)] += 1
        rows.append([os.path.relpath(f, a.export), r, d, '-'])

    # what did the duplicate-name errors mask? validate those files one at a time
    masked = collections.Counter()
    masked_detail = collections.defaultdict(collections.Counter)
    dup_rows = [r for r in rows if r[1].startswith('duplicate policy name')]
    for r in dup_rows:
        f = os.path.join(a.export, r[0])
        c, recs = run_cli(['validate', f])
        e, _ = per_file_errors(recs)
        if e.get(f):
            mr, md = classify(e[f], policies[f], AWS.resources)
            r[3] = '%s: %s' % (mr, md)
            masked[mr] += 1
            masked_detail[mr][md] += 1
        else:
            r[3] = 'valid alone'
            masked['valid alone'] += 1

    # name collisions, read from the files (independent of the CLI's order)
    names = collections.defaultdict(list)
    for f in files:
        p = load_policy(f)
        if p:
            names[p.get('name')].append(os.path.relpath(f, a.export))
    shared = {n: fs for n, fs in names.items() if len(fs) > 1}

    with open(os.path.join(a.out, 'validate-failures.tsv'), 'w') as fh:
        fh.write('# file\treason\tdetail\tmasked_reason (duplicate-name files validated alone)\n')
        for r in rows:
            fh.write('\t'.join(map(str, r)) + '\n')
    out = io.StringIO()
    p = lambda *x: print(*x, file=out)  # noqa
    p('custodian validate (c7n.cli:main) over %d files in one invocation: exit %s, %.0f s' % (
        len(files), code, dt))
    p('  valid %d, invalid %d' % (len(valid), len(errors)))
    for r, n in reasons.most_common():
        p('  %5d  %s' % (n, r))
        for d, k in details[r].most_common(12 if r != 'duplicate policy name (across files)' else 5):
            p('           %4d  %s' % (k, d))
    for k, n in also.most_common():
        p('  (%d files also: %s)' % (n, k))
    p('policy names shared by more than one file: %d names, %d files' % (
        len(shared), sum(len(v) for v in shared.values())))
    if dup_rows:
        p('files failing only as duplicates, validated alone (%d):' % len(dup_rows))
        for r, n in masked.most_common():
            p('  %5d  %s' % (n, r))
            for d, k in masked_detail[r].most_common(12):
                p('           %4d  %s' % (k, d))
    sys.stdout.write(out.getvalue())
    with open(os.path.join(a.out, 'validate-summary.txt'), 'w') as fh:
        fh.write(out.getvalue())
    return 0


# ------------------------------------------------------------------------------------------- ids

def event_of(record):
    """The EventBridge event CloudTrail delivers for a management API call record."""
    src = record.get('eventSource', '')
    return {
        'version': '0', 'id': '00000000-0000-0000-0000-000000000000',
        'detail-type': 'AWS API Call via CloudTrail',
        'source': 'aws.' + src.split('.')[0],
        'account': record.get('recipientAccountId', '123456789012'),
        'time': record.get('eventTime'), 'region': record.get('awsRegion', 'us-east-1'),
        'resources': [], 'detail': record}


def form_of(v):
    if not isinstance(v, str):
        return 'non-string'
    if v.startswith('arn:'):
        return 'arn'
    if v.startswith('https://'):
        return 'url'
    return 'plain'


ARNISH = re.compile(r'(arn)$', re.I)


def expected_forms(klass, accepts):
    """The value forms the type's lookup accepts: {'arn','url','plain','*','-'}."""
    m = klass.resource_type
    forms = set()
    for t in accepts.split(';'):
        if t in ('*', '-'):
            forms.add(t)
        elif t == 'arn' or t == m.arn or ARNISH.search(t.split('.')[-1]):
            forms.add('arn')
        elif t == 'QueueUrl':
            forms.add('url')
        elif t == 'alias':
            forms.add('plain')
        else:
            forms.add('plain')
    return forms


def accepts_of(name, klass):
    from extract_c7n_metadata import REVIEWED
    from c7n_lookup_chain import lookup_chain
    chain, _ = lookup_chain(klass)
    key = next((k for k, v in AWS_TYPES.items() if v is klass), name)
    if chain:
        rev = REVIEWED.get(key)
        if rev is None:
            return None, 'unreviewed override %s' % '>'.join(c[1] for c in chain)
        return rev[1], rev[2]
    from extract_c7n_metadata import FILTER_ACCEPTS, VALUE_FORMS
    over = FILTER_ACCEPTS.get(key) or VALUE_FORMS.get(key)
    if over is not None:
        return over[1], 'default, reviewed: %s' % over[2]
    return klass.resource_type.id, 'default: match on %s' % klass.resource_type.id


AWS_TYPES = {}


def leaf(path):
    """The last field name of a JMESPath like requestParameters.a[].bName."""
    s = re.sub(r'\[[^\]]*\]', '', path or '')
    return s.split('.')[-1] if s else ''


def norm(s):
    return re.sub(r'[^a-z0-9]', '', (s or '').lower())


GENERIC = {'id': ('id', 'identifier'), 'name': ('name',), 'arn': ('arn',)}


def nouns(name, klass):
    """Normalised nouns a type goes by: its registry name's tail words, its arn_type, the last
    part of its cfn_type/config_type (aws.user-pool -> userpool, pool; AWS::S3::Bucket -> bucket)."""
    m = klass.resource_type
    out = set()
    toks = name.split('-')
    for i in range(len(toks)):
        out.add(norm(''.join(toks[i:])))
    for t in (m.arn_type, m.cfn_type, m.config_type):
        if isinstance(t, str) and t:
            out.add(norm(re.split(r'[:/]', t)[-1]))
    out.discard('')
    return out


def field_match(path, name, klass, accepts):
    """How the ids path's last field relates to the field the type is looked up by:
    'id-field' (the same field: RoleName for RoleName; userPoolId for a bare Id on aws.user-pool,
    bucketName for aws.s3's Name), 'same-noun-other-form' (roleArn where RoleName is wanted), or
    'other-field'."""
    m = klass.resource_type
    f = norm(leaf(path))
    if not f:
        return 'other-field'
    cands = [t for t in (accepts or '').split(';') if t not in ('*', '-', 'arn', 'alias')]
    cands = cands or [m.id or '']
    for t in cands:
        t = norm(t.split('.')[-1])
        if f == t:
            return 'id-field'
        if t in GENERIC:
            for n in nouns(name, klass):
                if any(f == n + suffix for suffix in GENERIC[t]):
                    return 'id-field'
    stem = lambda x: re.sub(r'(identifier|arn|name|id|url)$', '', norm(x))  # noqa
    if any(stem(f) and stem(f) == stem(t) for t in cands + [m.name or '', m.arn or '']):
        return 'same-noun-other-form'
    if any(stem(f) == n for n in nouns(name, klass)):
        return 'same-noun-other-form'
    return 'other-field'


def shortcut_ids(info):
    """A trail_events entry's ids as text (CloudWatchEvents.match caches a compiled
    expression into the class table after the first lookup)."""
    if not info:
        return '? (not a shortcut)'
    ids = info.get('ids')
    ids = ids if isinstance(ids, str) else getattr(ids, 'expression', str(ids))
    return ids[len('detail.'):] if ids.startswith('detail.') else ids


def judge(e, p, rec, AWS, c):
    """One typed policy against its example record, by c7n's own code; counts into c."""
    from c7n.cwe import CloudWatchEvents
    from c7n.mu import CloudWatchEventSource
    from c7n import query
    rtype = p['resource']
    name = rtype[4:] if rtype.startswith('aws.') else rtype
    klass = AWS.resources.get(name)
    mode = json.loads(json.dumps(p['mode']))
    events = mode.get('events', [])
    paths = [x.get('ids') if isinstance(x, dict) else
             'shortcut %s: %s' % (x, shortcut_ids(CloudWatchEvents.get(x)))
             for x in events]
    row = {'file': e['file'], 'resource': rtype, 'ids': ' | '.join(map(str, paths)),
           'why': e.get('why', '')}
    if rec is None:
        row['verdict'] = 'no example'
        c['no example'] += 1
        return row
    ev = event_of(rec)
    pat = CloudWatchEventSource(mode, None).render_event_pattern()
    pat = json.loads(pat) if isinstance(pat, str) else pat
    fires = (rec['eventName'] in pat['detail']['eventName']
             and rec['eventSource'] in pat['detail']['eventSource'])
    try:
        ids = CloudWatchEvents.get_ids(ev, mode)
    except Exception as x:  # noqa
        ids = None
        row['error'] = repr(x)
    row['fires'] = fires
    row['get_ids'] = json.dumps(ids)[:120]
    c['fires'] += fires
    c['non-empty'] += bool(ids)
    if klass is None:
        row['verdict'] = 'resource type not in release'
        c['type not in release'] += 1
        return row
    if (issubclass(klass, query.ChildResourceManager)
            and not getattr(klass.resource_type, 'supports_trailevents', False)):
        row['verdict'] = 'resource refuses cloudtrail mode'
        c['refuses cloudtrail'] += 1
    # QueryResourceManager.match_ids is a classmethod (id_prefix); the plain ResourceManager's
    # (glue-catalog, quicksight-account, rest-account) is an instance method that keeps all ids
    kept = (klass.match_ids(list(ids or [])) if issubclass(klass, query.QueryResourceManager)
            else list(ids or []))
    accepts, how = accepts_of(name, klass)
    row['id'] = klass.resource_type.id
    row['id_prefix'] = getattr(klass.resource_type, 'id_prefix', None)
    row['accepts'] = accepts
    exp = expected_forms(klass, accepts or klass.resource_type.id or '')
    if '-' in exp:
        row.setdefault('verdict', 'lookup never finds anything (removed service)')
        c['lookup never finds'] += 1
    fm = field_match(next((x for x in paths if x), ''), name, klass, accepts)
    if '*' in exp:
        fm = 'id-field'
    # The example export writes ids as <noun>-0123456789abcdef0 (instance-..., not i-...): where
    # match_ids drops such a value but the path's field IS the prefixed id field, count the
    # prefix as a stand-in of the example, not as an aim error.
    standin = bool(ids) and not kept and fm == 'id-field'
    vals = kept or (list(ids) if standin else [])
    vform = form_of(vals[0]) if vals else '-'
    form_ok = bool(vals) and ('*' in exp or vform in exp)
    row.update(kept_after_match_ids=bool(kept) or ('example stand-in' if standin else False),
               value_form=vform, expected_forms='/'.join(sorted(exp)), form_ok=form_ok,
               field=fm)
    c['kept by match_ids'] += bool(kept)
    c['dropped by match_ids, example stand-in'] += standin
    c['form ok'] += form_ok
    c['ids field is the lookup field'] += fm == 'id-field'
    ok = fires and bool(vals) and form_ok and fm == 'id-field' and 'verdict' not in row
    row.setdefault('verdict', 'auto-right' if ok else 'review')
    c['auto-right'] += ok
    return row


def type_reason(path, rtype):
    """The generator's comment on a typed policy: '# aws.x: <why the type; how c7n looks it up>'."""
    with open(path) as fh:
        for line in fh:
            if line.startswith('    # %s: ' % rtype):
                return line.strip()[len('# %s: ' % rtype):]
    return ''


def account_reason(path):
    """What an aws.account policy's comment says: '# aws.account: <reason> (...)' or '...;'."""
    with open(path) as fh:
        for line in fh:
            if line.startswith('    # aws.account: '):
                return re.split(r' \(|; ', line[len('    # aws.account: '):].strip())[0]
    return '(no comment)'


KEYS = ['fires', 'non-empty', 'kept by match_ids', 'dropped by match_ids, example stand-in',
        'form ok', 'ids field is the lookup field', 'auto-right', 'type not in release',
        'refuses cloudtrail', 'lookup never finds', 'no example']


def cmd_ids(a):
    AWS = load_c7n()
    AWS_TYPES.update(AWS.resources.items())

    pidx = json.load(open(os.path.join(a.export, 'index.json')))
    eidx = json.load(open(os.path.join(a.examples, 'index.json')))
    ex_by_key = {(e['service'], e['operation']): e['file'] for e in eidx}

    def record(e):
        exf = ex_by_key.get((e['service'], e['operation']))
        return json.load(open(os.path.join(a.examples, exf))) if exf else None

    pol = []
    totals = collections.Counter()
    reasons = collections.Counter()
    shortcut_rows = []
    for e in pidx:
        p = load_policy(os.path.join(a.export, e['file']))
        if not p:
            totals['unreadable'] += 1
            continue
        totals['policies'] += 1
        r = p.get('resource', '')
        typed = r not in ('aws.account', 'account')
        events = p.get('mode', {}).get('events', [])
        placeholder = any(isinstance(x, dict) and x.get('ids') == 'recipientAccountId'
                          for x in events)
        totals['typed'] += typed
        totals['recipientAccountId'] += placeholder
        if placeholder and typed:
            klass = AWS.resources.get(r[4:] if r.startswith('aws.') else r)
            ignored = klass is not None and accepts_of(r[4:], klass)[0] == '*'
            totals['recipientAccountId on typed, lookup ignores ids' if ignored
                   else 'recipientAccountId on typed'] += 1
        if not typed:
            reasons[account_reason(os.path.join(a.export, e['file']))] += 1
        if any(isinstance(x, str) for x in events):
            totals['shortcut'] += 1
            shortcut_rows.append(judge(e, p, record(e), AWS, collections.Counter()))
        if typed:
            e = dict(e, why=type_reason(os.path.join(a.export, e['file']), r))
            pol.append((e, p))
    # the whole typed population, judged automatically
    pop = collections.Counter()
    for e, p in pol:
        judge(e, p, record(e), AWS, pop)
    rng = random.Random(a.seed)
    sample = rng.sample(pol, min(a.sample, len(pol)))
    c = collections.Counter()
    rows = [judge(e, p, record(e), AWS, c) for e, p in sample]
    os.makedirs(a.out, exist_ok=True)
    cols = ['file', 'resource', 'ids', 'fires', 'get_ids', 'kept_after_match_ids', 'value_form',
            'id', 'id_prefix', 'accepts', 'expected_forms', 'form_ok', 'field', 'verdict',
            'error']
    with open(os.path.join(a.out, 'ids-sample.tsv'), 'w') as fh:
        fh.write('# seed %s, %d of %d typed policies\n# %s\n' % (
            a.seed, len(sample), len(pol), '\t'.join(cols)))
        for r in rows:
            fh.write('\t'.join(str(r.get(k, '-')) for k in cols) + '\n')
    out = io.StringIO()
    p = lambda *x: print(*x, file=out)  # noqa
    n = len(sample)
    p('policies %d; typed (resource != aws.account) %d (%.1f%%); ids: recipientAccountId %d '
      '(%d on typed); with a shortcut %d' % (
          totals['policies'], totals['typed'],
          100.0 * totals['typed'] / max(1, totals['policies']),
          totals['recipientAccountId'], totals['recipientAccountId on typed'],
          totals['shortcut']))
    p('  recipientAccountId on typed resources whose lookup ignores ids (glue-catalog ...): %d' % (
        totals['recipientAccountId on typed, lookup ignores ids']))
    p('aws.account policies by the reason their comment gives (%d):' % sum(reasons.values()))
    for k, v in reasons.most_common():
        p('  %6d  %s' % (v, k))
    p('%-40s %12s %12s' % ('', 'all typed', 'sample'))
    for k in KEYS:
        p('  %-38s %12s %12s' % (k, '%d/%d' % (pop[k], len(pol)), '%d/%d' % (c[k], n)))
    p('  (auto-right = the rule fires, get_ids non-empty, kept by match_ids (or an example '
      'stand-in), value form fits the lookup, and the ids field is the lookup field. A '
      'heuristic: a same-named field of another object passes, so the sample (seed %s) is '
      'listed for a human verdict; ids-sample.tsv has every column)' % a.seed)
    for r in rows:
        p('  %-11s %-55s %-28s %s -> %s' % (r.get('verdict'), r['file'], r['resource'],
                                             r['ids'][:70], r.get('get_ids', '-')[:60]))
    p('policies using a shortcut (%d):' % len(shortcut_rows))
    for r in shortcut_rows:
        p('  fires=%-5s %-45s %-16s %s -> %s' % (r.get('fires'), r['file'], r['resource'],
                                               r['ids'][:60], r.get('get_ids', '-')[:50]))
    # a form for the human verdicts: the automatic one is a heuristic (a same-named field of
    # another object passes), so each sampled policy is judged against the release's source
    with open(os.path.join(a.out, 'ids-verdicts.tsv'), 'w') as fh:
        fh.write('# seed %s: %d of %d typed policies; verdict: right / wrong, and why\n' % (
            a.seed, len(sample), len(pol)))
        fh.write('# n\tfile\tresource\tids\tget_ids\tauto\twhy (generator)\tverdict\tjudged\n')
        for i, r in enumerate(rows, 1):
            fh.write('\t'.join(str(x) for x in (
                i, r['file'], r['resource'], r['ids'], r.get('get_ids', '-'), r.get('verdict'),
                r.get('why', ''), '', '')) + '\n')
    sys.stdout.write(out.getvalue())
    with open(os.path.join(a.out, 'ids-summary.txt'), 'w') as fh:
        fh.write(out.getvalue())
    return 0


# ---------------------------------------------------------------------------------------- static

def cmd_static(a):
    """Every validate-level problem of every policy, unmasked, from c7n's own data (registry,
    generated schema's name pattern, trail_events, CloudTrailMode's child rule), plus shortcuts
    that validate but never fire (key != the logged eventName)."""
    AWS = load_c7n()
    from c7n import schema, query
    from c7n.cwe import CloudWatchEvents
    pattern = re.compile(schema.generate()['definitions']['policy']['properties']['name'][
        'pattern'])
    logged = {}
    idx = os.path.join(a.export, 'index.json')
    if os.path.exists(idx):
        for e in json.load(open(idx)):
            logged[os.path.normpath(os.path.join(a.export, e['file']))] = e['eventName']
    files = policy_files(a.export)
    pols = {f: load_policy(f) for f in files}
    names = collections.Counter(p.get('name') for p in pols.values() if p)
    reasons = collections.Counter()
    detail = collections.defaultdict(collections.Counter)
    failing = 0
    for f, p in pols.items():
        if not p:
            reasons['unreadable'] += 1
            failing += 1
            continue
        found = []
        r = p.get('resource', '')
        t = r[4:] if r.startswith('aws.') else r
        klass = AWS.resources.get(t)
        if klass is None:
            found.append(('resource type not in c7n release', r))
        elif (issubclass(klass, query.ChildResourceManager)
              and not getattr(klass.resource_type, 'supports_trailevents', False)):
            found.append(('cloudtrail mode unsupported by resource', r))
        n = p.get('name', '')
        if not pattern.match(n):
            found.append(('name does not match c7n pattern', n))
        if len('custodian-' + n) > 64:
            found.append(('name too long for custodian-<name> lambda', n))
        if names[n] > 1:
            found.append(('name shared with another file', n))
        for e in p.get('mode', {}).get('events', []):
            if isinstance(e, str) and e not in CloudWatchEvents.trail_events:
                found.append(('event shortcut not defined', e))
        if found:
            failing += 1
        for k, d in found:
            reasons[k] += 1
            detail[k][d] += 1
        # run-time only (validate passes): a shortcut subscribes and looks up its key
        for e in p.get('mode', {}).get('events', []):
            ev = logged.get(os.path.normpath(f))
            if isinstance(e, str) and e in CloudWatchEvents.trail_events and ev and e != ev:
                reasons['(run time) shortcut key != logged eventName: never fires'] += 1
                detail['(run time) shortcut key != logged eventName: never fires'][
                    '%s for %s' % (e, ev)] += 1
    out = io.StringIO()
    p = lambda *x: print(*x, file=out)  # noqa
    p('static check (c7n data, no masking) over %d files: %d with a validate-level problem' % (
        len(files), failing))
    for k, v in reasons.most_common():
        p('  %5d  %s' % (v, k))
        for d, c in detail[k].most_common(12 if 'shared' not in k else 3):
            p('           %4d  %s' % (c, d))
    sys.stdout.write(out.getvalue())
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, 'static-summary.txt'), 'w') as fh:
        fh.write(out.getvalue())
    return 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest='cmd', required=True)
    v = sub.add_parser('validate')
    v.add_argument('export')
    v.add_argument('--out', required=True)
    st = sub.add_parser('static')
    st.add_argument('export')
    st.add_argument('--out', required=True)
    i = sub.add_parser('ids')
    i.add_argument('export')
    i.add_argument('examples')
    i.add_argument('--out', required=True)
    i.add_argument('--sample', type=int, default=40)
    i.add_argument('--seed', default='23')
    a = ap.parse_args()
    return {'validate': cmd_validate, 'static': cmd_static, 'ids': cmd_ids}[a.cmd](a)


if __name__ == '__main__':
    sys.exit(main())
