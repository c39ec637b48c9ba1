"""The answers the board keeps (``web/answer_cache.py``): made once for a burst, compressed once, bounded."""

from __future__ import annotations

import gzip
import threading
import time

from starlette.responses import Response

from vbparse.web.answer_cache import AnswerCache


def test_a_burst_of_the_same_request_makes_its_answer_once():
    cache = AnswerCache()
    made = []

    def make() -> Response:
        made.append(1)
        time.sleep(0.2)  # a query and a page of rows
        return Response(b"<html>" + b"x" * 1000 + b"</html>", media_type="text/html")

    answers: list[Response] = []
    threads = [threading.Thread(target=lambda: answers.append(cache.answer("board", make))) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(made) == 1 and len(answers) == 20
    assert {a.body for a in answers} == {b"<html>" + b"x" * 1000 + b"</html>"}


def test_a_kept_answer_is_sent_compressed_to_a_client_that_takes_gzip_and_plain_to_others():
    cache = AnswerCache()
    body = b"<tr><td>S\xe1\xbb\x9f T\xc3\xa0i ch\xc3\xadnh</td></tr>" * 500
    cache.answer("k", lambda: Response(body, media_type="text/html"))
    zipped = cache.answer("k", lambda: Response(b"not made again"), gzip_ok=True)
    assert zipped.headers["content-encoding"] == "gzip" and gzip.decompress(zipped.body) == body
    assert len(zipped.body) < len(body) // 5 and zipped.headers["vary"] == "Accept-Encoding"
    plain = cache.answer("k", lambda: Response(b"not made again"))
    assert plain.body == body and "content-encoding" not in plain.headers


def test_only_whole_answers_are_kept_and_the_oldest_go_past_the_bound():
    cache = AnswerCache(max_answers=2)
    assert cache.answer("bad", lambda: Response(b"no", status_code=400)).status_code == 400
    assert cache.answer("bad", lambda: Response(b"made again", status_code=400)).body == b"made again"
    for key in ("a", "b", "c"):
        cache.answer(key, lambda key=key: Response(key.encode()))
    assert cache.answer("a", lambda: Response(b"a again")).body == b"a again"  # dropped: the oldest
    assert cache.answer("c", lambda: Response(b"c again")).body == b"c"


def _burst(cache: AnswerCache, key, make, family, n: int = 20) -> list[Response]:
    answers: list[Response] = []
    threads = [
        threading.Thread(target=lambda: answers.append(cache.answer(key, make, family=family))) for _ in range(n)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    return answers


def test_while_the_answer_for_new_documents_is_made_the_others_get_the_earlier_one_with_its_age(monkeypatch):
    """Issue 40: during an index run every commit made every board again and a burst queued behind each; the
    answer made for the documents a moment before stands in while one request makes the new one."""
    from vbparse.web import answer_cache

    monkeypatch.setattr(answer_cache, "DEFAULT_FRESH_SECONDS", 0.0)
    cache = AnswerCache()
    board = lambda body: lambda: (time.sleep(0.3), Response(body, media_type="text/html"))[1]
    assert cache.answer(("board", 1, "corr-0"), board(b"before"), family=("board", "corr-0")).body == b"before"
    answers = _burst(cache, ("board", 2, "corr-0"), board(b"after"), ("board", "corr-0"))
    bodies = sorted(a.body for a in answers)
    assert bodies.count(b"after") == 1 and bodies.count(b"before") == 19  # one made it, none waited for it
    assert all(a.headers.get("age") == "0" for a in answers if a.body == b"before")
    assert "age" not in next(a for a in answers if a.body == b"after").headers
    assert cache.answer(("board", 2, "corr-0"), board(b"again"), family=("board", "corr-0")).body == b"after"


def test_an_answer_of_other_corrections_or_too_old_never_stands_in(monkeypatch):
    from vbparse.web import answer_cache

    cache = AnswerCache()
    board = lambda body: lambda: (time.sleep(0.3), Response(body, media_type="text/html"))[1]
    cache.answer(("board", 1, "corr-0"), board(b"before"), family=("board", "corr-0"))
    # a correction was stored: its family is another, so every answer waits for the new one
    answers = _burst(cache, ("board", 1, "corr-1"), board(b"corrected"), ("board", "corr-1"))
    assert {a.body for a in answers} == {b"corrected"}
    monkeypatch.setattr(answer_cache, "DEFAULT_STALE_SECONDS", 0.0)
    monkeypatch.setattr(answer_cache, "DEFAULT_FRESH_SECONDS", 0.0)
    time.sleep(0.01)
    answers = _burst(cache, ("board", 2, "corr-1"), board(b"new documents"), ("board", "corr-1"))
    assert {a.body for a in answers} == {b"new documents"}


def test_an_answer_made_a_moment_ago_stands_for_newer_documents_and_is_made_again_after(monkeypatch):
    """Issue 55: an index run commits every second or so; each commit made every board again (once per burst,
    the others standing in), and boards made over and over while 200 requests were answered took the core
    the pages needed (p95 2.1 s SQLite, 3.6 s PostgreSQL while 2 000 documents were indexed).  An answer
    younger than ``DEFAULT_FRESH_SECONDS`` stands for newer documents (with its ``Age``), not for other
    corrections; older, the new one is made."""
    from vbparse.web import answer_cache

    monkeypatch.setattr(answer_cache, "DEFAULT_FRESH_SECONDS", 0.5)
    cache = AnswerCache()
    made: list[bytes] = []

    def board(body: bytes):
        def make() -> Response:
            made.append(body)
            return Response(body, media_type="text/html")

        return make

    cache.answer(("board", 1, "corr-0"), board(b"state 1"), family=("board", "corr-0"))
    for state in (2, 3, 4):  # commits in quick succession: none is made, the answer of state 1 stands
        stood = cache.answer(("board", state, "corr-0"), board(b"state %d" % state), family=("board", "corr-0"))
        assert stood.body == b"state 1" and stood.headers["age"] == "0"
    assert made == [b"state 1"]
    # a correction: another family, made at once
    assert cache.answer(("board", 4, "corr-1"), board(b"corrected"), family=("board", "corr-1")).body == b"corrected"
    time.sleep(0.6)
    assert cache.answer(("board", 5, "corr-0"), board(b"state 5"), family=("board", "corr-0")).body == b"state 5"
    assert made == [b"state 1", b"corrected", b"state 5"]
