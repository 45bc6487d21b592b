pytest_plugins = [
    "greenflag.plugin",
    "fixtures.browser",
    "fixtures.clock",
    "fixtures.mail",
    "fixtures.people",
    "fixtures.scene",
    "fixtures.target",
    "steps.incident",
    "steps.people",
    "steps.time",
]
