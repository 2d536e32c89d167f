"""Which plugins run: the built-in rules, installed entry points, and the selection.

Loading policy:

- the built-in rules (:data:`BUILTIN_PLUGINS`) are always registered first;
- installed plugins come from the entry-point group ``coopextract``;
- ``COOPEXTRACT_LOAD_PLUGINS`` (a comma list of entry-point names; empty means none)
  or the ``plugins=`` argument selects which installed plugins load;
- every hook implementation is checked against :mod:`coopextract.hookspecs`, so a
  misspelled hook fails loudly with :class:`~coopextract.errors.PluginError`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from importlib import metadata
from typing import Any

import pluggy

from coopextract import hookspecs
from coopextract.errors import PluginError

__all__ = [
    "BUILTIN_PLUGINS",
    "ENTRY_POINT_GROUP",
    "ENV_VAR",
    "PluginDescription",
    "describe_plugins",
    "make_plugin_manager",
]

ENTRY_POINT_GROUP = "coopextract"
ENV_VAR = "COOPEXTRACT_LOAD_PLUGINS"

#: The generic English rules, registered through the same hooks as any plugin.
BUILTIN_PLUGINS: tuple[str, ...] = (
    "coopextract.rules.vocabulary",
    "coopextract.rules.segment",
    "coopextract.rules.source",
    "coopextract.rules.geography",
    "coopextract.rules.organizations",
    "coopextract.rules.people",
    "coopextract.rules.dates",
    "coopextract.rules.agreements",
    "coopextract.rules.events",
    "coopextract.rules.areas",
)

PluginDescription = dict[str, Any]


def _version() -> str:
    try:
        return metadata.version("coopextract")
    except metadata.PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def selected_names(plugins: Iterable[str] | None) -> set[str] | None:
    """The entry-point names to load: the argument, else the env var, else all (None)."""
    if plugins is not None:
        return {p.strip() for p in plugins if p.strip()}
    env = os.environ.get(ENV_VAR)
    if env is None:
        return None
    return {p.strip() for p in env.split(",") if p.strip()}


def make_plugin_manager(
    plugins: Iterable[str] | None = None,
    *,
    extra: Iterable[object] = (),
) -> pluggy.PluginManager:
    """A plugin manager with the built-ins, the selected installed plugins and ``extra``.

    ``plugins`` lists entry-point names to load (None: every installed plugin, unless
    ``COOPEXTRACT_LOAD_PLUGINS`` says otherwise). ``extra`` holds plugin objects or modules
    to register after those (tests and notebooks use it).
    """
    pm = pluggy.PluginManager("coopextract")
    pm.add_hookspecs(hookspecs)
    for name in BUILTIN_PLUGINS:
        module = importlib.import_module(name)
        _register(pm, module, name)
    wanted = selected_names(plugins)
    found: set[str] = set()
    for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        if wanted is not None and ep.name not in wanted:
            continue
        if pm.get_plugin(ep.name) is not None:
            continue
        try:
            plugin = ep.load()
        except Exception as exc:  # a broken install must name itself
            raise PluginError(
                f"plugin {ep.name!r} ({ep.value}) could not be imported: {exc}; "
                f"reinstall it or leave it out with {ENV_VAR}",
                plugin=ep.name,
            ) from exc
        _register(pm, plugin, ep.name)
        pm._coopextract_dists = getattr(pm, "_coopextract_dists", {})  # type: ignore[attr-defined]
        pm._coopextract_dists[ep.name] = ep.dist  # type: ignore[attr-defined]
        found.add(ep.name)
    if wanted:
        missing = wanted - found
        if missing:
            installed = sorted(ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP))
            raise PluginError(
                f"plugin(s) {', '.join(sorted(missing))} selected but not installed; "
                f"installed: {', '.join(installed) or 'none'}",
                plugin=sorted(missing)[0],
            )
    for index, plugin in enumerate(extra):
        name = getattr(plugin, "__name__", None) or f"{type(plugin).__name__}-{index}"
        _register(pm, plugin, str(name))
    return pm


def _register(pm: pluggy.PluginManager, plugin: object, name: str) -> None:
    try:
        pm.register(plugin, name=name)
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        pm.unregister(name=name) if pm.get_plugin(name) is not None else None
        raise PluginError(
            f"plugin {name!r} is malformed: {exc}. Hook names are listed in "
            "coopextract.hookspecs (e.g. coopextract_find, coopextract_register_vocabulary)",
            plugin=name,
        ) from exc
    except ValueError as exc:  # already registered under that name
        raise PluginError(f"plugin {name!r} could not be registered: {exc}", plugin=name) from exc


def plugin_version(pm: pluggy.PluginManager, name: str) -> str | None:
    if name.startswith("coopextract."):
        return _version()
    dists = getattr(pm, "_coopextract_dists", {})
    dist = dists.get(name)
    if dist is not None:
        return str(dist.version)
    plugin = pm.get_plugin(name)
    version = getattr(plugin, "__version__", None)
    return str(version) if version is not None else None


def describe_plugins(pm: pluggy.PluginManager) -> list[PluginDescription]:
    """Name, version, built-in or not, and the hooks each registered plugin implements."""
    out: list[PluginDescription] = []
    for name, plugin in pm.list_name_plugin():
        hooks = sorted(impl.name for impl in pm.get_hookcallers(plugin) or ())
        out.append(
            {
                "name": name,
                "version": plugin_version(pm, name),
                "builtin": name in BUILTIN_PLUGINS,
                "hooks": hooks,
            }
        )
    return out
