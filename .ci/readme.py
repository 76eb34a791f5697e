"""Write README.md from nbs/index.ipynb where Quarto is not installed (`nbdev_readme` does the same with Quarto).

The notebooks go through nbdev's own documentation processing (hidden cells removed, directives applied,
`show_doc` cells executed), which also checks that every notebook processes for the docs site; the processed
index notebook is then written as GitHub markdown (markdown cells as they are, code cells and their text
outputs as fenced blocks). Usage: python .ci/readme.py [--check]
"""
import sys
import yaml
from nbdev.config import get_config
from nbdev.serve import proc_nbs
from execnb.nbio import read_nb

def readme_text(cfg) -> str:
    cache = proc_nbs(cfg.nbs_path)
    parts = []
    for cell in read_nb(cache / cfg.readme_nb).cells:
        if cell.cell_type == 'markdown': parts.append(cell.source)
        elif cell.cell_type == 'code' and cell.source.strip():
            parts.append('```python\n' + cell.source + '\n```')
            for out in cell.get('outputs', []):
                text = out.get('text') or out.get('data', {}).get('text/plain')
                if text: parts.append('    ' + ''.join(text).rstrip().replace('\n', '\n    '))
    lines = '\n\n'.join(parts).splitlines()
    # the processed notebook starts with YAML front matter (title, description): make it a heading
    if lines and lines[0].strip() == '---':
        end = lines.index('---', 1)
        meta = yaml.safe_load('\n'.join(lines[1:end])) or {}
        lines = [f"# {meta.get('title', '')}", '', f"> {meta.get('description', '')}", ''] + lines[end + 1:]
    text = '\n'.join(l.rstrip() for l in lines).strip() + '\n'
    while '\n\n\n' in text: text = text.replace('\n\n\n', '\n\n')
    return text

def main():
    cfg = get_config()
    out, text = cfg.config_path / 'README.md', readme_text(cfg)
    if '--check' in sys.argv:
        if not out.exists() or out.read_text() != text:
            sys.exit('README.md is out of date with nbs/index.ipynb: run python .ci/readme.py')
    else: out.write_text(text)

if __name__ == '__main__': main()
