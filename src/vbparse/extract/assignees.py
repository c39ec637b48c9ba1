"""Who a task is given to: names of bodies, posts, persons and collectives, read by their grammar.

A name starts at a head word (``tables/bodies.py``: ``Sở``, ``UBND``, ``Phó Giám đốc``, ``đồng chí``,
``các`` + a plural noun) or at a spelling in the alias table (``tables/assignees.py``: ``VPTK``,
``MTTQ``), and runs on until the sentence goes on: a role word or task verb in lower case, a clause word,
punctuation, or — after a comma or ``và`` — the head of the next name.  A place level (``tỉnh``, ``các
xã, phường``) with its proper name closes the name.  Enumerations give one name each; collectives
(``Các sở, ban, ngành``) stay one.

Matching is kept apart from what is made of a match (``make_assignee``), as in spaCy's span ruler: the
recogniser returns spans, the extractors decide what they mean.

This module is the grammar's public face; the grammar is in four modules, each above the one before:
``name_lexicon`` (the head words compiled into patterns, the alias table's spellings, one word or head at a
position, a name's place), ``name_run`` (one name from its head to where the sentence goes on, ``name_at``;
``without_heads``; the caches), ``name_forms`` (a name as an assignee and its keys; names by where they
stand) and ``name_lists`` (the names of a text, ``find_names``, and a sentence's subject, ``subject``).
"""

from __future__ import annotations

from .name_fields import names_a_place
from .name_forms import (
    DEFAULT_MAX_PARTNER_STRETCH,
    DEFAULT_MAX_PARTNER_WORDS,
    DOCUMENT_HEADS,
    GATED_HEADS,
    described_words,
    lower_head_at,
    make_assignee,
    name_head,
    name_key,
    name_shaped,
    opens_with_non_subject,
    opens_with_verb,
    person_shaped,
    place_key,
    positional_partners,
    positional_subject,
    post_of_known_at,
    post_shaped_of_known,
)
from .name_lexicon import (
    CAPITALISED_VERB,
    DEFAULT_ALIAS_WINDOW,
    DEFAULT_CACHE,
    DEFAULT_LEVEL_LOOKBACK,
    DEFAULT_LOWER_LIST_WORDS,
    DEFAULT_MAX_ABBREVIATION,
    DEFAULT_MAX_ALIAS_WORDS,
    DEFAULT_MAX_NAME_WORDS,
    DEFAULT_MAX_PERSON_SYLLABLES,
    DEFAULT_MEMBER_WINDOW,
    DEFAULT_NAME_GAP_WINDOW,
    DEFAULT_NAME_JOINER_WINDOW,
    DEFAULT_NOUN_JOINER_WINDOW,
    DEFAULT_POSSESSIVE_LOOKBACK,
    DEFAULT_POST_INTRO_WINDOW,
    DEFAULT_POST_LOOKBACK,
    NameSpan,
    canonical_name,
    complete_place,
    fold_key,
    lexicon_heads,
    lexicon_key,
    register_cache,
    split_place,
)
from .name_lists import find_names, lower_member_before_known, subject
from .name_run import clear_caches, name_at, without_heads
from .name_verbs import DEFAULT_VERB_BEFORE_COLON_WORDS, ends_with_task_verb
from .name_word_limit import DEFAULT_MAX_POSITIONAL_WORDS
from .person_names import run_together_names
from .unit_numbers import UNIT_NUMBER

__all__ = [
    "CAPITALISED_VERB",
    "DEFAULT_ALIAS_WINDOW",
    "DEFAULT_CACHE",
    "DEFAULT_LEVEL_LOOKBACK",
    "DEFAULT_LOWER_LIST_WORDS",
    "DEFAULT_MAX_ABBREVIATION",
    "DEFAULT_MAX_ALIAS_WORDS",
    "DEFAULT_MAX_NAME_WORDS",
    "DEFAULT_MAX_PARTNER_STRETCH",
    "DEFAULT_MAX_PARTNER_WORDS",
    "DEFAULT_MAX_PERSON_SYLLABLES",
    "DEFAULT_MAX_POSITIONAL_WORDS",
    "DEFAULT_MEMBER_WINDOW",
    "DEFAULT_NAME_GAP_WINDOW",
    "DEFAULT_NAME_JOINER_WINDOW",
    "DEFAULT_NOUN_JOINER_WINDOW",
    "DEFAULT_POSSESSIVE_LOOKBACK",
    "DEFAULT_POST_INTRO_WINDOW",
    "DEFAULT_POST_LOOKBACK",
    "DEFAULT_VERB_BEFORE_COLON_WORDS",
    "DOCUMENT_HEADS",
    "GATED_HEADS",
    "UNIT_NUMBER",
    "NameSpan",
    "canonical_name",
    "clear_caches",
    "complete_place",
    "described_words",
    "ends_with_task_verb",
    "find_names",
    "fold_key",
    "lexicon_heads",
    "lexicon_key",
    "lower_head_at",
    "lower_member_before_known",
    "make_assignee",
    "name_at",
    "name_head",
    "name_key",
    "name_shaped",
    "names_a_place",
    "opens_with_non_subject",
    "opens_with_verb",
    "person_shaped",
    "place_key",
    "positional_partners",
    "positional_subject",
    "post_of_known_at",
    "post_shaped_of_known",
    "register_cache",
    "run_together_names",
    "split_place",
    "subject",
    "without_heads",
]
