"""The machine a benchmark ran on, in one line: every bench script prints it with its numbers.

Numbers without the machine (and how busy it was) cannot be compared, so the
scripts share this one description instead of each writing its own.
"""

from __future__ import annotations

import os
import platform
from pathlib import Path


def cpu_model() -> str:
    """The CPU's model name (Linux), or the architecture elsewhere."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def cores() -> int:
    """CPUs this process may run on (a container can allow fewer than the host has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def describe(*extras: str) -> str:
    """"Linux-6.x | AMD EPYC | 2 CPUs | Python 3.11.7 (CPython)" plus any extras."""
    parts = [platform.platform(), cpu_model(), f"{cores()} CPUs",
             f"Python {platform.python_version()} ({platform.python_implementation()})", *extras]
    return " | ".join(parts)


def load_average() -> str:
    """The 1-minute load average (other processes inflate wall times), or "" if unknown."""
    if not hasattr(os, "getloadavg"):
        return ""
    return f"{os.getloadavg()[0]:.2f}"
