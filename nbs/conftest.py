"""pytest/nbval set-up for the notebooks.

Notebooks that keep the outputs of a real run (tutorials, benchmarks, experiments) are committed cleaned,
that is with outputs but without execution counts, which nbval rejects ("Unrun reference cell has outputs").
nbval therefore runs such notebooks from output-stripped copies written beside them (`_nbval_<name>.ipynb`,
same folder so relative paths resolve, ignored by git and by nbdev), and the originals are not collected.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent
PREFIX = '_nbval_'
_made: list[Path] = []

def _has_outputs(nb: dict) -> bool:
    return any(c.get('outputs') for c in nb.get('cells', []) if c.get('cell_type') == 'code')

def _notebooks():
    for p in sorted(HERE.rglob('*.ipynb')):
        if p.name.startswith(PREFIX) or '.ipynb_checkpoints' in p.parts or p.name.startswith('.'): continue
        yield p

def pytest_sessionstart(session):
    for p in _notebooks():
        nb = json.loads(p.read_text(encoding='utf-8'))
        if not _has_outputs(nb): continue
        for c in nb['cells']:
            if c.get('cell_type') == 'code': c['outputs'], c['execution_count'] = [], None
        copy = p.with_name(PREFIX + p.name)
        copy.write_text(json.dumps(nb, indent=1), encoding='utf-8')
        _made.append(copy)

def pytest_ignore_collect(collection_path, config):
    p = Path(collection_path)
    if p.suffix == '.ipynb' and not p.name.startswith(PREFIX) and p.with_name(PREFIX + p.name) in _made: return True
    if p.name.startswith('_') and p.suffix == '.ipynb' and not p.name.startswith(PREFIX): return True  # nbdev skips these too
    return None

def pytest_sessionfinish(session, exitstatus):
    for p in _made: p.unlink(missing_ok=True)
    _made.clear()
