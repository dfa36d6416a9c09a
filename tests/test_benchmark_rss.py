"""scripts/benchmark.py reports a child's own peak memory, not the size of the process that started it (Linux carries
ru_maxrss over fork and exec, so a child started by a process holding the model used to report the parent's size)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

_SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM is read from /proc (Linux)")
def test_child_peak_is_its_own_not_its_parents() -> None:
    ballast = bytearray(400 * 1024 * 1024)  # the parent holds 400 MB, touched so that it is resident
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1
    code = (f"import sys, json; sys.path.insert(0, {str(_SCRIPTS)!r}); import benchmark as b; "
            "print(json.dumps(b.own_peak_rss_mb()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    child_mb = json.loads(out.stdout.strip().splitlines()[-1])
    assert 5 < child_mb < 300  # a bare interpreter with the benchmark's imports, not the parent's 400+ MB
    del ballast
