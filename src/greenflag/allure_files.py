"""Files that make the Allure report say more: categories, executor, flaky marks, history."""

from __future__ import annotations

import base64
import binascii
import json
import re
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "ALLURE2_HISTORY",
    "ALLURE3_HISTORY",
    "CATEGORIES",
    "carry_history",
    "executor_for",
    "mark_flaky",
    "prepare_results",
    "save_history",
    "write_categories",
]

ALLURE2_HISTORY = "allure2"
# Java matches the whole message, JavaScript searches it; this form means the same to both.
_ANYWHERE = r"[\s\S]*{}[\s\S]*"
ALLURE3_HISTORY = "allure3-history.jsonl"
_PROBLEMS = ("failed", "broken")

CATEGORIES: list[dict[str, Any]] = [
    {"name": "Flaky: passed only after a retry", "flaky": True,
     "matchedStatuses": ["passed", "failed", "broken"],
     "description": "The scenario needed a retry; the sign-off pack marks it flaky."},
    {"name": "Product defects", "matchedStatuses": ["failed"],
     "description": "An assertion failed: the configured desk does not do what was asked."},
    {"name": "Environment faults", "matchedStatuses": ["broken"],
     "description": "Target down, timeout or another error outside the product: fix the"
                    " environment and rerun before judging the product."},
    {"name": "Manual: awaiting a recorded outcome", "matchedStatuses": ["skipped"],
     "messageRegex": _ANYWHERE.format("manual:")},
    {"name": "Not applicable on this target", "matchedStatuses": ["skipped"],
     "messageRegex": _ANYWHERE.format("not applicable:")},
    {"name": "Won't have: agreed exclusions", "matchedStatuses": ["skipped"],
     "messageRegex": _ANYWHERE.format("won't have:")},
]

# (detecting variable, name, type, url, build order, build name, build url), as templates.
_CI_SYSTEMS = (
    ("GITHUB_ACTIONS", "GitHub Actions", "github", "{GITHUB_SERVER_URL}/{GITHUB_REPOSITORY}",
     "{GITHUB_RUN_NUMBER}", "{GITHUB_WORKFLOW} #{GITHUB_RUN_NUMBER}",
     "{GITHUB_SERVER_URL}/{GITHUB_REPOSITORY}/actions/runs/{GITHUB_RUN_ID}"),
    ("GITLAB_CI", "GitLab CI", "gitlab", "{CI_PROJECT_URL}", "{CI_PIPELINE_IID}",
     "{CI_PROJECT_NAME} #{CI_PIPELINE_ID}", "{CI_PIPELINE_URL}"),
    ("JENKINS_URL", "Jenkins", "jenkins", "{JENKINS_URL}", "{BUILD_NUMBER}",
     "{JOB_NAME} #{BUILD_NUMBER}", "{BUILD_URL}"),
    ("CI", "CI", "ci", "", "{CI_BUILD_ID}", "build {CI_BUILD_ID}", ""),
)
_EMBEDDED = re.compile(r"d\('history/([\w-]+\.json)','([A-Za-z0-9+/=]*)'\)")


def write_categories(results: Path) -> Path:
    """Write categories.json: product defects, environment faults, flaky, and skip reasons."""
    path = Path(results) / "categories.json"
    path.write_text(json.dumps(CATEGORIES, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return path


def executor_for(environ: Mapping[str, str]) -> dict[str, Any] | None:
    """executor.json's content for the CI system `environ` shows, or None outside CI."""
    for detect, name, kind, *templates in _CI_SYSTEMS:
        if environ.get(detect, "").lower() not in ("", "false", "0"):
            url, order, build_name, build_url = (_fill(t, environ) for t in templates)
            return {"name": name, "type": kind, "url": url, "buildName": build_name.strip(),
                    "buildUrl": build_url, "reportName": "greenflag UAT",
                    "reportUrl": environ.get("GREENFLAG_REPORT_URL", ""),
                    **({"buildOrder": int(order)} if order.isdigit() else {})}
    return None


def mark_flaky(results: Path) -> list[str]:
    """Set statusDetails.flaky on each scenario's last attempt when a retry made it pass."""
    attempts: dict[str, list[tuple[int, Path, dict[str, Any]]]] = {}
    for path in sorted(Path(results).glob("*-result.json")):
        data = _read(path)
        if data is not None:
            key = str(data.get("historyId") or data.get("fullName") or path.name)
            attempts.setdefault(key, []).append((int(data.get("stop") or 0), path, data))
    return [key for key, group in attempts.items() if _mark(sorted(group, key=lambda a: a[0]))]


def prepare_results(results: Path, environ: Mapping[str, str]) -> list[str]:
    """Write categories.json, executor.json in CI and the flaky marks; say what was done."""
    done = [f"wrote {write_categories(results).name}"]
    executor = executor_for(environ)
    if executor:
        (Path(results) / "executor.json").write_text(json.dumps(executor, indent=2) + "\n")
        done.append(f"wrote executor.json ({executor['name']})")
    flaky = mark_flaky(results)
    if flaky:
        done.append(f"marked {len(flaky)} flaky scenario(s)")
    return done


def carry_history(history: Path, results: Path) -> int:
    """Copy the kept Allure 2 history into results/history so the report shows trends."""
    kept = Path(history) / ALLURE2_HISTORY
    files = sorted(kept.glob("*.json")) if kept.is_dir() else []
    if files:
        (Path(results) / "history").mkdir(parents=True, exist_ok=True)
    for path in files:
        shutil.copyfile(path, Path(results) / "history" / path.name)
    return len(files)


def save_history(index_html: Path, history: Path) -> int:
    """Keep the history an Allure 2 single-file report embeds, for the next run."""
    found = _EMBEDDED.findall(Path(index_html).read_text(encoding="utf-8", errors="replace"))
    kept = Path(history) / ALLURE2_HISTORY
    kept.mkdir(parents=True, exist_ok=True)
    saved = 0
    for name, encoded in found:
        try:
            (kept / name).write_bytes(base64.b64decode(encoded, validate=True))
            saved += 1
        except binascii.Error:
            continue
    return saved


def _fill(template: str, environ: Mapping[str, str]) -> str:
    names = re.findall(r"\{(\w+)\}", template)
    if any(not environ.get(name) for name in names):
        return ""
    return template.format(**{name: environ[name].rstrip("/") for name in names})


def _read(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _mark(group: list[tuple[int, Path, dict[str, Any]]]) -> bool:
    *earlier, (_, path, last) = group
    if last.get("status") != "passed" or not any(d.get("status") in _PROBLEMS
                                                 for _, _, d in earlier):
        return False
    last["statusDetails"] = (last.get("statusDetails") or {}) | {"flaky": True}
    path.write_text(json.dumps(last), encoding="utf-8")
    return True
