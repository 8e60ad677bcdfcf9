"""Wizard navigation and progress, without Qt.

An assessment is walked category by category, theme after theme, in catalogue
order, limited to the themes in its scope; the last page is the review page.
Navigation is a plain rule table ``(action, page kind) -> rule`` that the UI
consults for both moving and enabling its buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from aspectos_desktop.answers import Check, Completion, check_answer
from aspectos_desktop.catalogue.model import Aspect, Catalogue


class PageKind(StrEnum):
    CATEGORY = "category"
    REVIEW = "review"


class Action(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    JUMP = "jump"
    REVIEW = "review"


@dataclass(frozen=True, slots=True)
class Page:
    kind: PageKind
    category_id: str | None = None

    @staticmethod
    def category(category_id: str) -> Page:
        return Page(PageKind.CATEGORY, category_id)


REVIEW_PAGE = Page(PageKind.REVIEW)


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may look at besides the current page."""

    category_ids: tuple[str, ...]  # the scope, in order
    only_unanswered: bool = False
    pending: frozenset[str] = frozenset()  # categories with unanswered or invalid aspects
    target: str | None = None  # for JUMP

    def visible(self) -> tuple[str, ...]:
        if not self.only_unanswered:
            return self.category_ids
        return tuple(c for c in self.category_ids if c in self.pending)


Rule = Callable[[Page, Context], Page | None]  # None: the action is not available


def _next(page: Page, ctx: Context) -> Page | None:
    order = ctx.category_ids
    current = order.index(page.category_id) if page.category_id in order else -1
    for category_id in order[current + 1 :]:
        if category_id in ctx.visible():
            return Page.category(category_id)
    return REVIEW_PAGE


def _previous(page: Page, ctx: Context) -> Page | None:
    order = ctx.category_ids
    current = order.index(page.category_id) if page.category_id in order else len(order)
    for category_id in reversed(order[:current]):
        if category_id in ctx.visible():
            return Page.category(category_id)
    return None


def _previous_from_review(page: Page, ctx: Context) -> Page | None:
    visible = ctx.visible()
    return Page.category(visible[-1]) if visible else None


def _jump(page: Page, ctx: Context) -> Page | None:
    if ctx.target is None or ctx.target not in ctx.category_ids:
        return None
    return Page.category(ctx.target)


def _review(page: Page, ctx: Context) -> Page | None:
    return REVIEW_PAGE


def _unavailable(page: Page, ctx: Context) -> Page | None:
    return None


RULES: dict[tuple[Action, PageKind], Rule] = {
    (Action.NEXT, PageKind.CATEGORY): _next,
    (Action.NEXT, PageKind.REVIEW): _unavailable,
    (Action.PREVIOUS, PageKind.CATEGORY): _previous,
    (Action.PREVIOUS, PageKind.REVIEW): _previous_from_review,
    (Action.JUMP, PageKind.CATEGORY): _jump,
    (Action.JUMP, PageKind.REVIEW): _jump,
    (Action.REVIEW, PageKind.CATEGORY): _review,
    (Action.REVIEW, PageKind.REVIEW): _unavailable,
}


def navigate(action: Action, page: Page, ctx: Context) -> Page | None:
    """Where ``action`` leads from ``page``; ``None`` when it is not available."""
    return RULES[(action, page.kind)](page, ctx)


def scope_category_ids(catalogue: Catalogue, theme_slugs: Iterable[str]) -> tuple[str, ...]:
    """Categories of the chosen themes, in catalogue order (unknown slugs are ignored)."""
    chosen = set(theme_slugs)
    return tuple(
        category_id
        for theme in catalogue.themes
        if theme.slug in chosen
        for category_id in theme.category_ids
    )


def resume_page(category_ids: tuple[str, ...], last_category_id: str | None) -> Page:
    """Where to reopen an assessment: where the user stopped, else the first page."""
    if last_category_id in category_ids:
        return Page.category(last_category_id)
    return Page.category(category_ids[0]) if category_ids else REVIEW_PAGE


# --- progress --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Progress:
    answered: int = 0
    invalid: int = 0
    total: int = 0

    @property
    def pending(self) -> int:
        return self.total - self.answered

    @property
    def done(self) -> bool:
        return self.answered == self.total

    def __add__(self, other: Progress) -> Progress:
        return Progress(self.answered + other.answered, self.invalid + other.invalid,
                        self.total + other.total)

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.total) if self.total else 100


def check_all(catalogue: Catalogue, category_ids: Iterable[str],
              values: Mapping[int, dict[str, Any] | None]) -> dict[int, Check]:
    """The check of every aspect in the given categories."""
    return {
        aspect_id: check_answer(catalogue.aspects[aspect_id].form, values.get(aspect_id))
        for category_id in category_ids
        for aspect_id in catalogue.categories[category_id].aspect_ids
    }


def category_progress(catalogue: Catalogue, category_id: str,
                      checks: Mapping[int, Check]) -> Progress:
    completions = [checks[a].completion for a in catalogue.categories[category_id].aspect_ids]
    return Progress(
        answered=completions.count(Completion.ANSWERED),
        invalid=completions.count(Completion.INVALID),
        total=len(completions),
    )


def progress_by_category(catalogue: Catalogue, category_ids: Iterable[str],
                         checks: Mapping[int, Check]) -> dict[str, Progress]:
    return {c: category_progress(catalogue, c, checks) for c in category_ids}


def progress_by_theme(catalogue: Catalogue, by_category: Mapping[str, Progress]
                      ) -> dict[str, Progress]:
    totals: dict[str, Progress] = {}
    for category_id, progress in by_category.items():
        theme_slug = catalogue.categories[category_id].theme_slug
        totals[theme_slug] = totals.get(theme_slug, Progress()) + progress
    return totals


def pending_categories(by_category: Mapping[str, Progress]) -> frozenset[str]:
    return frozenset(c for c, p in by_category.items() if not p.done)


@dataclass(frozen=True, slots=True)
class ReviewItem:
    aspect: Aspect
    completion: Completion


def review_items(catalogue: Catalogue, category_ids: Iterable[str],
                 checks: Mapping[int, Check]) -> dict[str, list[ReviewItem]]:
    """Unanswered and invalid aspects, grouped by theme slug, in catalogue order."""
    grouped: dict[str, list[ReviewItem]] = {}
    for category_id in category_ids:
        for aspect_id in catalogue.categories[category_id].aspect_ids:
            completion = checks[aspect_id].completion
            if completion is not Completion.ANSWERED:
                aspect = catalogue.aspects[aspect_id]
                grouped.setdefault(aspect.theme_slug, []).append(ReviewItem(aspect, completion))
    return grouped
