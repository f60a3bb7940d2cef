"""Catalogue suggestions as a use case: one index per project with analyser, thesaurus and learned evidence.

The GUI (links panel, pre-fill dialog) and ``jcloud-desk suggest`` use this service, so they rank alike:

* **features** — character n-grams plus words of SudachiPy (``analysis.words``, loaded on the first index build,
  not at start-up; missing → n-grams only), after the thesaurus: bundled ``resources/thesaurus/municipal.csv``
  then the user's own ``thesaurus.csv`` in the learning folder (later entries win);
* **evidence** — the project's own links (a step's wording → the codes it links) and, when learning is on, the
  user's learned links across projects (``LearningStore``: accepted +1, removed -1).

The index is rebuilt when the catalogue items or the thesaurus change; evidence is refreshed when the links or the
store change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jcloud_desk.analysis.evidence import Evidence
from jcloud_desk.analysis.matching import Suggestion, SuggestionIndex, TextFeatures, build_index
from jcloud_desk.analysis.thesaurus import Thesaurus, ThesaurusEntry, parse_csv, to_csv
from jcloud_desk.analysis.words import WordAnalyser, shared_analyser
from jcloud_desk.domain.errors import UnknownEntityError
from jcloud_desk.domain.project import Project
from jcloud_desk.paths import resources_dir
from jcloud_desk.services.learning_store import LearningStore, learning_dir

BUNDLED_THESAURUS = "thesaurus/municipal.csv"
USER_THESAURUS = "thesaurus.csv"
#: Pre-fill proposes an item only when its score is at least this (lower: left for the room).
PREFILL_THRESHOLD = 0.30
#: How many suggestions a pre-fill proposal offers to choose from.
PREFILL_CHOICES = 3


def bundled_thesaurus() -> list[ThesaurusEntry]:
    """The thesaurus shipped in ``resources/`` (empty when the file is missing; read once per process)."""
    return list(_bundled())


@lru_cache(maxsize=1)
def _bundled() -> tuple[ThesaurusEntry, ...]:
    path = resources_dir() / BUNDLED_THESAURUS
    try:
        return tuple(parse_csv(path.read_text(encoding="utf-8-sig"), path.name))
    except OSError:
        return ()


@dataclass(frozen=True, slots=True)
class Proposal:
    """Pre-fill: the best item for an unlinked step, with its score (confidence, 0…1+) and the runners-up."""

    step_id: str
    item_id: str
    score: float
    alternatives: tuple[Suggestion, ...] = ()  # the best ``PREFILL_CHOICES`` suggestions, this one first


class UserThesaurus:
    """The user's own thesaurus entries (CSV in the learning folder): read, replace, import, export."""

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or learning_dir()) / USER_THESAURUS
        self._cache: tuple[int | None, list[ThesaurusEntry]] = (None, [])

    def version(self) -> int | None:
        """The file's modification time (None when there is none): what caches key on."""
        try:
            return self.path.stat().st_mtime_ns
        except OSError:
            return None

    def entries(self) -> list[ThesaurusEntry]:
        """The entries (empty when there is no file; a broken file reads as empty); re-read when it changed."""
        version = self.version()
        if version is None:
            return []
        if self._cache[0] != version:
            try:
                entries = parse_csv(self.path.read_text(encoding="utf-8-sig"), self.path.name)
            except (OSError, ValueError):
                entries = []
            self._cache = (version, entries)
        return list(self._cache[1])

    def save(self, entries: Sequence[ThesaurusEntry]) -> None:
        """Replace the file with ``entries``."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(to_csv(entries), encoding="utf-8")
        tmp.replace(self.path)


class SuggestService:
    """Suggestions for one project; create one per opened project (cheap until the first query)."""

    def __init__(self, project: Project, *, learning: bool = True, store: LearningStore | None = None,
                 user_thesaurus: UserThesaurus | None = None, analyser: WordAnalyser | None = None,
                 use_analyser: bool = True) -> None:
        self.project = project
        self.learning = learning
        self.store = LearningStore() if store is None else store
        self.user_thesaurus = UserThesaurus() if user_thesaurus is None else user_thesaurus
        self._analyser = analyser
        self._use_analyser = use_analyser
        self._index: SuggestionIndex | None = None
        self._index_key: tuple[object, ...] = ()
        self._thesaurus: tuple[int | None, Thesaurus] | None = None
        self._evidence_key: tuple[object, ...] = ()

    # --- index -----------------------------------------------------------------------------------
    def thesaurus(self) -> Thesaurus:
        """Bundled entries, then the user's (the user's win for the same term); rebuilt when the user's changed."""
        version = self.user_thesaurus.version()
        if self._thesaurus is None or self._thesaurus[0] != version:
            self._thesaurus = (version, Thesaurus.merged(bundled_thesaurus(), self.user_thesaurus.entries()))
        return self._thesaurus[1]

    def index(self) -> SuggestionIndex:
        """The index over the project's items, (re)built when items or thesaurus changed; evidence refreshed."""
        thesaurus = self.thesaurus()
        key = (len(self.project.item), tuple(self.project.catalog), id(thesaurus))
        if self._index is None or key != self._index_key:
            analyser = None
            if self._use_analyser:
                analyser = self._analyser or shared_analyser()
                if not analyser.available():
                    analyser = None
            self._index = build_index(self.project, TextFeatures(analyser, thesaurus))
            self._index_key = key
            self._evidence_key = ()
        self._refresh_evidence(self._index)
        return self._index

    def invalidate(self) -> None:
        """Forget the index (after the thesaurus or the learning switch changed)."""
        self._index = None
        self._thesaurus = None
        self._evidence_key = ()

    def _refresh_evidence(self, index: SuggestionIndex) -> None:
        store_key: object = self.store.version() if self.learning else None
        key = (len(self.project.link), len(self.project.step), self.learning, store_key)
        if key != self._evidence_key:
            index.set_evidence(self.evidence())
            self._evidence_key = key

    def evidence(self) -> list[Evidence]:
        """The project's links as wording → code, plus (learning on) the user's learned links."""
        project = self.project
        entries: list[Evidence] = []
        for link in project.link.values():
            step, item = project.step.get(link.step_id), project.item.get(link.item_id)
            if step is not None and item is not None and step.label.strip():
                entries.append(Evidence(step.label, item.code, 1.0))
        if self.learning:
            entries.extend(self.store.evidence())
        return entries

    # --- queries ---------------------------------------------------------------------------------
    def suggest_text(self, text: str, k: int = 5) -> list[Suggestion]:
        """The ``k`` best items for a free text."""
        return self.index().suggest(text, k=k)

    def suggest_step(self, step_id: str, k: int = 5) -> list[Suggestion]:
        """The ``k`` best items for a step (label, notes, lane), its linked items excluded."""
        return self.index().suggest_for_step(self.project, step_id, k=k)

    def suggest_texts(self, texts: Iterable[str], k: int = 5) -> list[tuple[str, list[Suggestion]]]:
        """One result per text, in order (the CLI's ``suggest``)."""
        index = self.index()
        return [(text, index.suggest(text, k=k)) for text in texts]

    def prefill(self, process_id: str | None = None, threshold: float = PREFILL_THRESHOLD) -> list[Proposal]:
        """The best item for every unlinked activity step of a process (or of the project), in display order.

        Steps whose best score is below ``threshold`` are left out (left for the room).
        """
        project = self.project
        if process_id is not None and process_id not in project.process:
            raise UnknownEntityError("process", process_id)
        processes = [project.process[process_id]] if process_id else project.processes()
        index = self.index()
        proposals = []
        for process in processes:
            for step in project.steps_of(process.id):
                if not step.kind.is_activity or not step.label.strip() or project.links_of_step(step.id):
                    continue
                best = index.suggest_for_step(project, step.id, k=PREFILL_CHOICES)
                if best and best[0].score >= threshold:
                    proposals.append(Proposal(step.id, best[0].item_id, best[0].score, tuple(best)))
        return proposals

    def unlinked_steps(self, process_id: str | None = None) -> list[str]:
        """Ids of the activity steps without links (of one process or the project)."""
        project = self.project
        processes = [project.process[process_id]] if process_id else project.processes()
        return [step.id for process in processes for step in project.steps_of(process.id)
                if step.kind.is_activity and step.label.strip() and not project.links_of_step(step.id)]

    # --- learning --------------------------------------------------------------------------------
    def record(self, step_id: str, item_id: str, accepted: bool) -> str:
        """Remember that the user linked (``accepted``) or unlinked an item for a step's wording.

        Returns the event's id for ``retract`` ("" when nothing was recorded: learning off, unknown step or item).
        """
        if not self.learning:
            return ""
        step, item = self.project.step.get(step_id), self.project.item.get(item_id)
        if step is None or item is None:
            return ""
        return self.store.record(step.label, item.code, 1.0 if accepted else -1.0)

    def retract(self, event_ids: Iterable[str]) -> None:
        """Take recorded events back (their edit was undone), even when learning has been switched off since."""
        self.store.retract(event_ids)
