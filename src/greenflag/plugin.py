"""pytest hooks that wire greenflag into a run; each concern lives in its own module."""

from __future__ import annotations

from collections.abc import Generator

import pytest

from greenflag import channels, evidence, gating, labels, selection, settings, vocabulary
from greenflag.gherkin import tags_of
from greenflag.tags import TagError

SETTINGS = pytest.StashKey[settings.RunSettings]()


def pytest_addoption(parser: pytest.Parser) -> None:
    settings.add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    config.stash[SETTINGS] = settings.configure(config)
    config.addinivalue_line("markers", "tag(name): a Gherkin tag of the scenario")


@pytest.hookimpl(tryfirst=True)
def pytest_bdd_apply_tag(tag: str, function: object) -> bool:
    pytest.mark.tag(tag)(function)
    return True


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    channels.parametrize(metafunc, metafunc.config.stash[SETTINGS])


def pytest_sessionstart(session: pytest.Session) -> None:
    features = session.config.rootpath / "features"
    problems = vocabulary.malformed_features(features) if features.is_dir() else []
    if problems:
        raise pytest.UsageError("malformed Gherkin:\n" + "\n".join(problems))


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                  items: list[pytest.Item]) -> None:
    problems = _tag_problems(items) + vocabulary.unknown_steps(items, session)
    if problems:
        raise pytest.UsageError("\n".join(problems))
    dropped = selection.select(items, selection.compile_tags(config.stash[SETTINGS].tags))
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = [item for item in items if item not in dropped]
    for item in items:
        labels.label(item)


@pytest.hookimpl(trylast=True)
def pytest_bdd_before_scenario(request: pytest.FixtureRequest) -> None:
    gating.check(request)


Report = pytest.TestReport


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item) -> Generator[None, Report, Report]:
    return (yield from evidence.record(item))


def _tag_problems(items: list[pytest.Item]) -> list[str]:
    problems = {}
    for item in items:
        tags = tags_of(getattr(item, "obj", None))
        try:
            if tags is not None:
                tags.check()
        except TagError as error:
            problems[tags.location] = str(error)
    return list(problems.values())
