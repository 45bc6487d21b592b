"""Issue 4: for each feature, one plausible desk mis-configuration that turns it red."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.pack.running import ROOT, SHIPPED, greenflag

MUTATIONS: list[dict[str, Any]] = yaml.safe_load(
    Path(__file__).with_name("mutations.yaml").read_text(encoding="utf-8")
)
EXIT_CODES = {"GO": 0, "GO_WITH_CONDITIONS": 0, "NO_GO": 1}
KEY = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
CATALOGUE_HEADER = "id,title,practice,moscow,description\n"


def _ids(mutation: dict[str, Any]) -> str:
    """The feature file's stem, as the test id."""
    return Path(mutation["feature"]).stem


def _keys(path: str) -> list[str | int]:
    """The steps of a key path such as `categories[0].group`."""
    return [int(index) if index else key for key, index in KEY.findall(path)]


def mutated(mutation: dict[str, Any]) -> dict[str, Any]:
    """The shipped desk configuration with the mutation's path set to its value."""
    config = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    *parents, last = _keys(mutation["path"])
    node = config
    for key in parents:
        node = node.setdefault(key, {}) if isinstance(key, str) else node[key]
    node[last] = mutation["value"]
    return config


def write_config(config: dict[str, Any], folder: Path) -> Path:
    """Write a desk configuration as YAML into the folder."""
    path = folder / "desk.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def run_pack(config: Path, tags: str, folder: Path) -> tuple[int, dict[str, Any]]:
    """Run the API channel on the tags; an empty catalogue lets only those scenarios decide."""
    catalogue = folder / "requirements.csv"
    catalogue.write_text(CATALOGUE_HEADER, encoding="utf-8")
    out = folder / "signoff"
    done = greenflag(
        "run", "--channel", "api", "--tags", tags, "--desk-config", str(config),
        "--requirements", str(catalogue), "--no-history", "--no-pdf",
        "--results", str(folder / "results"), "--out", str(out),
    )
    assert (out / "signoff.json").exists(), done.stdout + done.stderr
    return done.returncode, json.loads((out / "signoff.json").read_text(encoding="utf-8"))


def statuses(pack: dict[str, Any]) -> dict[str, set[str]]:
    """Each scenario's name (without example or channel) to the statuses it ended with."""
    found: dict[str, set[str]] = {}
    for scenario in pack["scenarios"]:
        found.setdefault(scenario["name"].split(" [")[0], set()).add(scenario["status"])
    return found


@pytest.mark.parametrize("mutation", MUTATIONS, ids=_ids)
def test_each_mutation_is_a_valid_config_that_differs(tmp_path, mutation):
    config = mutated(mutation)
    assert config != yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    path = write_config(config, tmp_path)
    check = [sys.executable, "-m", "refdesk", "check-config", str(path)]
    done = subprocess.run(check, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_every_feature_has_one_mutation():
    features = {str(p.relative_to(ROOT)) for p in (ROOT / "features").rglob("*.feature")}
    assert {m["feature"] for m in MUTATIONS} == features - {
        "features/service_desk/exclusions.feature"
    }


def test_the_shipped_config_passes_every_mutated_scenario(tmp_path):
    tags = " or ".join(f"({m['tags']})" for m in MUTATIONS)
    code, pack = run_pack(SHIPPED, tags, tmp_path)
    found = statuses(pack)
    assert (code, pack["verdict"]) == (0, "GO"), pack["reason"]
    assert {s for seen in found.values() for s in seen} == {"passed"}, found
    assert {name for m in MUTATIONS for name in m["red"]} <= set(found)


@pytest.mark.parametrize("mutation", MUTATIONS, ids=_ids)
def test_the_mutation_turns_its_feature_red(tmp_path, mutation):
    config = write_config(mutated(mutation), tmp_path)
    code, pack = run_pack(config, mutation["tags"], tmp_path)
    found = statuses(pack)
    assert pack["verdict"] == mutation["verdict"], pack["reason"]
    assert code == EXIT_CODES[mutation["verdict"]]
    assert not any("broken" in seen for seen in found.values()), found
    for name in mutation["red"]:
        assert "failed" in found.get(name, set()), f"{name}: {found}"
