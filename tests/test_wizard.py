"""Navigation rules and progress, without a window."""

from __future__ import annotations

import pytest

from aspectos_desktop.wizard import (
    REVIEW_PAGE,
    RULES,
    Action,
    Context,
    Page,
    PageKind,
    check_all,
    navigate,
    pending_categories,
    progress_by_category,
    progress_by_theme,
    resume_page,
    review_items,
    scope_category_ids,
)

IDS = ("t1/a", "t1/b", "t2/c", "t2/d")


def ctx(**kwargs) -> Context:  # type: ignore[no-untyped-def]
    return Context(category_ids=IDS, **kwargs)


def test_rule_table_covers_every_action_and_page_kind() -> None:
    assert set(RULES) == {(a, k) for a in Action for k in PageKind}


@pytest.mark.parametrize(("action", "page", "kwargs", "expected"), [
    (Action.NEXT, Page.category("t1/a"), {}, Page.category("t1/b")),
    (Action.NEXT, Page.category("t1/b"), {}, Page.category("t2/c")),  # across themes
    (Action.NEXT, Page.category("t2/d"), {}, REVIEW_PAGE),
    (Action.NEXT, REVIEW_PAGE, {}, None),
    (Action.PREVIOUS, Page.category("t1/a"), {}, None),
    (Action.PREVIOUS, Page.category("t2/c"), {}, Page.category("t1/b")),
    (Action.PREVIOUS, REVIEW_PAGE, {}, Page.category("t2/d")),
    (Action.JUMP, Page.category("t1/a"), {"target": "t2/d"}, Page.category("t2/d")),
    (Action.JUMP, REVIEW_PAGE, {"target": "t1/b"}, Page.category("t1/b")),
    (Action.JUMP, Page.category("t1/a"), {"target": "elsewhere/x"}, None),
    (Action.REVIEW, Page.category("t1/b"), {}, REVIEW_PAGE),
    (Action.REVIEW, REVIEW_PAGE, {}, None),
    # "só não respondidas": complete categories are skipped both ways
    (Action.NEXT, Page.category("t1/a"),
     {"only_unanswered": True, "pending": frozenset({"t2/d"})}, Page.category("t2/d")),
    (Action.PREVIOUS, REVIEW_PAGE,
     {"only_unanswered": True, "pending": frozenset({"t1/b"})}, Page.category("t1/b")),
    (Action.PREVIOUS, Page.category("t2/d"),
     {"only_unanswered": True, "pending": frozenset({"t2/d"})}, None),
    (Action.NEXT, Page.category("t1/a"),
     {"only_unanswered": True, "pending": frozenset()}, REVIEW_PAGE),
])
def test_navigation_rules(action, page, kwargs, expected) -> None:  # type: ignore[no-untyped-def]
    assert navigate(action, page, ctx(**kwargs)) == expected


def test_resume_page() -> None:
    assert resume_page(IDS, "t2/c") == Page.category("t2/c")
    assert resume_page(IDS, "gone/x") == Page.category("t1/a")
    assert resume_page(IDS, None) == Page.category("t1/a")
    assert resume_page((), None) == REVIEW_PAGE


def test_scope_and_progress_on_the_real_catalogue(catalogue) -> None:  # type: ignore[no-untyped-def]
    themes = [catalogue.themes[1].slug, catalogue.themes[0].slug]  # order comes from catalogue
    ids = scope_category_ids(catalogue, themes)
    assert ids[0] == catalogue.themes[0].category_ids[0]
    assert len(ids) == len(catalogue.themes[0].category_ids) + len(catalogue.themes[1].category_ids)
    first_category = catalogue.categories[ids[0]]
    values = {first_category.aspect_ids[0]: {"choice": "sim"}}
    aspect_two = catalogue.aspect(first_category.aspect_ids[1])
    if aspect_two.form["type"] == "scale":
        values[aspect_two.id] = {"choice": "bogus"}
    checks = check_all(catalogue, ids, values)
    by_category = progress_by_category(catalogue, ids, checks)
    assert by_category[ids[0]].answered == 1
    assert by_category[ids[0]].invalid == (1 if aspect_two.form["type"] == "scale" else 0)
    by_theme = progress_by_theme(catalogue, by_category)
    assert set(by_theme) == set(themes)
    total = sum(p.total for p in by_theme.values())
    assert total == sum(len(catalogue.categories[c].aspect_ids) for c in ids)
    assert ids[0] in pending_categories(by_category)
    items = review_items(catalogue, ids, checks)
    flat = [i.aspect.id for group in items.values() for i in group]
    assert first_category.aspect_ids[0] not in flat
    assert len(flat) == total - 1
