"""The wheel `make python-wheel` builds, installed into a fresh virtual environment and
run from outside the repository: examples/python/campaigns.py (the copy in
docs/embedding.md word for word) against the mock, with the component the wheel
carries (no SMARTLEAD_WASM)."""

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import KEY

ROOT = Path(__file__).resolve().parents[3]


def test_the_wheel_installs_and_runs_the_example(tmp_path, mock):
    wheel = os.environ.get("SMARTLEAD_WHEEL")
    assert wheel and Path(wheel).exists(), "run `make python-wheel` (make test-python does) and give its path in SMARTLEAD_WHEEL"
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin/python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "wasmtime==50.0.1", wheel], check=True)
    code = (ROOT / "examples" / "python" / "campaigns.py").read_text()
    guide = (ROOT / "docs" / "embedding.md").read_text()
    assert re.search(r"```python\n(.*?)```", guide.split("## Use it from Python", 1)[1], re.S).group(1) == code, "docs/embedding.md's Python example differs from examples/python/campaigns.py"
    (tmp_path / "example.py").write_text(code)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTLEAD_") and k != "PYTHONPATH"}
    env.update(SMARTLEAD_API_KEY=KEY, SMARTLEAD_BASE_URL=mock.base_url, SMARTLEAD_CACHE_DIR=str(tmp_path / "cache"))
    run = subprocess.run([str(venv / "bin/python"), "example.py"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "ada@example.com STARTED" in run.stdout and "imported: 1" in run.stdout, run.stdout
    where = subprocess.run([str(venv / "bin/python"), "-c", "import smartlead; print(smartlead.__file__)"], cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert str(venv) in where.stdout, f"the example used {where.stdout}, not the installed wheel"
