"""The lexicon files themselves: YAML silently keeps the last of two equal keys, so a word class
written twice (two edits, a merge) would lose one list without a word. Every key is unique."""

from importlib import resources

import pytest
import yaml

from frenemy.lang import available_languages


def _duplicates(node: yaml.Node, path: str = "") -> list[str]:
    out: list[str] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                out.append(f"{path}{name} (line {key.start_mark.line + 1})")
            seen.add(name)
            out.extend(_duplicates(value, f"{path}{name}."))
    return out


@pytest.mark.parametrize("lang", available_languages())
def test_no_key_written_twice(lang):
    text = resources.files("frenemy.lang").joinpath(f"{lang}.yaml").read_text("utf-8")
    assert _duplicates(yaml.compose(text, Loader=yaml.SafeLoader)) == []


def _non_strings(value, path: str = "") -> list[str]:
    if isinstance(value, dict):
        return [bad for key, item in value.items() for bad in _non_strings(item, f"{path}{key}.")]
    if isinstance(value, list):
        return [f"{path[:-1]}: {item!r}" for item in value if not isinstance(item, str)]
    return []


@pytest.mark.parametrize("lang", available_languages())
def test_every_listed_phrase_is_text(lang):
    # YAML reads a bare on, off, yes or no as a boolean: "no" would be no negation at all
    text = resources.files("frenemy.lang").joinpath(f"{lang}.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    lists = {k: v for k, v in data.items() if k not in ("demonyms", "months", "collectives", "contractions",
                                                        "plural_endings")}
    assert _non_strings(lists) == []
