"""Quotes with their speakers: direct, partial and indirect speech.

Quote marks are paired per paragraph; an unclosed mark runs to the end of its paragraph
(wire style for quotes continued in the next paragraph) and never raises.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents.extract.actors import DocActors, Resolved

__all__ = ["CUE_VERBS", "RawQuote", "extract_quotes", "quote_spans"]

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"'}
CUE_VERBS = {
    "say", "tell", "add", "warn", "urge", "vow", "declare", "announce", "state", "chant", "call", "promise",
    "insist", "write", "tweet", "criticize", "criticise", "describe", "claim", "accuse", "threaten", "ask",
    "demand", "explain", "note", "stress", "argue", "reply", "respond", "confirm", "deny", "pledge", "shout",
    "cry", "condemn", "denounce", "brand", "dub", "term", "predict", "acknowledge", "admit", "suggest",
    "believe", "report", "recall", "caution", "complain", "question", "wonder", "hail", "praise", "comment",
    "conclude", "continue", "remark", "assert", "maintain", "proclaim", "repeat", "emphasize", "emphasise",
    "observe", "quip", "joke", "plead", "implore", "order", "instruct", "tell", "agree", "concede",
}
INDIRECT_CUES = {
    "say", "tell", "add", "warn", "announce", "state", "insist", "write", "tweet", "claim", "explain", "note",
    "stress", "argue", "reply", "respond", "confirm", "deny", "predict", "acknowledge", "admit", "suggest",
    "believe", "report", "assert", "maintain", "emphasize", "emphasise", "declare", "allege", "reveal",
    "concede", "indicate", "disclose",
}
COLLECTIVE = {"protester", "demonstrator", "crowd", "mourner", "supporter", "marcher", "people", "resident"}


@dataclass(frozen=True, slots=True)
class RawQuote:
    text: str
    start: int
    end: int
    kind: str
    speaker: Resolved | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    contents: tuple[tuple[int, int], ...]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of quoted passages; robust to unbalanced marks."""
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        para_end = text.find("\n\n", pos)
        para_end = n if para_end == -1 else para_end
        i = pos
        while i < para_end:
            ch = text[i]
            if ch in OPEN_CLOSE and not (ch == '"' and i > 0 and text[i - 1].isalnum() and i + 1 < n and text[i + 1].isalnum()):
                close = OPEN_CLOSE[ch]
                j = text.find(close, i + 1, para_end)
                if j == -1:
                    # unclosed: runs to paragraph end (continued quote) unless another opener follows
                    nxt = min((k for k in (text.find(o, i + 1, para_end) for o in ("“", "«")) if k != -1), default=-1)
                    j = nxt if nxt != -1 else para_end
                inner_s, inner_e = i + 1, j
                while inner_s < inner_e and text[inner_s].isspace():
                    inner_s += 1
                while inner_e > inner_s and text[inner_e - 1].isspace():
                    inner_e -= 1
                if inner_e - inner_s >= 2:
                    out.append((inner_s, inner_e))
                i = j + 1
                continue
            i += 1
        pos = para_end + 2
    return out


def _cue_of(sent: Span, inside: set[int]) -> Token | None:
    """The cue verb: the nearest speech verb governing the quote, else the one nearest the root."""
    for i in sorted(inside):
        if not (sent.start <= i < sent.end):
            continue
        for anc in sent.doc[i].ancestors:
            if anc.i not in inside and anc.lemma_.lower() in CUE_VERBS and anc.pos_ in {"VERB", "AUX"}:
                return anc
        break
    cands = [t for t in sent if t.i not in inside and t.lemma_.lower() in CUE_VERBS and t.pos_ in {"VERB", "AUX"}]
    if not cands:
        return None
    return min(cands, key=lambda t: (len(list(t.ancestors)), abs(t.i - sent.root.i)))


def _speaker_tok(cue: Token) -> Token | None:
    subj = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None:
        return subj
    cur = cue
    for _ in range(3):
        if cur.dep_ in {"advcl", "conj", "xcomp"} and cur.head is not cur:
            cur = cur.head
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    # "according to X"
    return None


def _np_span(tok: Token) -> tuple[int, int]:
    left = tok.left_edge
    right = tok
    for c in tok.rights:
        if c.dep_ in {"appos", "compound", "flat"}:
            right = c.right_edge
    return left.idx, right.idx + len(right)


def _speaker(tok: Token | None, actors: DocActors) -> tuple[Resolved | None, str | None, int | None, int | None]:
    if tok is None:
        return None, None, None, None
    r = actors.resolve(tok)
    s, e = _np_span(tok)
    if r is not None:
        return r, tok.doc.text[r.start : r.end] if r.start >= 0 else r.text, r.start, r.end
    text = tok.doc.text[s:e]
    return Resolved("", text, s, e, "speaker:text", f"text:{text}", "unknown", False, tok.i), text, s, e


def extract_quotes(doc: Doc, actors: DocActors) -> list[RawQuote]:
    """Direct and partial quotes (with marks) and indirect speech (cue + that-clause)."""
    out: list[RawQuote] = []
    text = doc.text
    spans = quote_spans(text)
    covered_sents: set[int] = set()
    last_speaker: tuple[Resolved | None, str | None, int | None, int | None] = (None, None, None, None)
    sents = list(doc.sents)
    sent_index = {s.start: i for i, s in enumerate(sents)}
    for qs, qe in spans:
        first = doc.char_span(qs, qe, alignment_mode="expand")
        if first is None:
            continue
        sent = first[0].sent
        si = sent_index[sent.start]
        # the sentence(s) the quote spans: attribute using the sentence containing its end or start
        inside = {t.i for t in doc if qs <= t.idx < qe}
        cue = _cue_of(sent, inside)
        if cue is None:
            last = doc[first.end - 1].sent
            cue = _cue_of(last, inside)
            if cue is not None:
                sent = last
        if cue is None and si + 1 < len(sents) and text[qe : sents[si + 1].end_char].count("\n\n") == 0:
            nxt = sents[si + 1]
            cand = _cue_of(nxt, inside)
            if cand is not None and len(nxt) <= 8:
                cue = cand
        if cue is not None:
            spk = _speaker(_speaker_tok(cue), actors)
            if spk[0] is not None:
                last_speaker = spk
        else:
            spk = last_speaker
        covered_sents.add(sent.start)
        outside = [t for t in sent if t.i not in inside and not t.is_punct and not t.is_space]
        spk_tok = _speaker_tok(cue) if cue is not None else None
        spk_ids = {t.i for t in spk_tok.subtree} if spk_tok is not None else set()
        rest = [t for t in outside if t.i not in spk_ids and (cue is None or t.i != cue.i) and t.dep_ not in {"aux", "advmod", "mark", "cc"}]
        kind = "direct" if len(rest) <= 2 else "partial"
        out.append(
            RawQuote(text[qs:qe], qs, qe, kind, spk[0], spk[1], spk[2], spk[3], cue.text if cue is not None else None,
                     cue.idx if cue is not None else None, cue.idx + len(cue) if cue is not None else None, ((qs, qe),))
        )
    # indirect speech: "X said (that) ..." without quote marks
    for sent in sents:
        if sent.start in covered_sents:
            continue
        for tok in sent:
            if tok.lemma_.lower() not in INDIRECT_CUES or tok.pos_ != "VERB":
                continue
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if comp is None or any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"that", "which", "who"} for c in comp.children):
                continue
            sub = list(comp.subtree)
            s, e = sub[0].idx, sub[-1].idx + len(sub[-1])
            if sub[0].dep_ == "mark":
                s = sub[1].idx if len(sub) > 1 else s
            if e - s < 10:
                continue
            spk = _speaker(_speaker_tok(tok), actors)
            out.append(RawQuote(text[s:e], s, e, "indirect", spk[0], spk[1], spk[2], spk[3], tok.text, tok.idx,
                                tok.idx + len(tok), ((s, e),)))
            break
        else:
            # "according to X, ..."
            for tok in sent:
                if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
                    pobj = next((g for g in doc[tok.i + 1].children if g.dep_ == "pobj"), None)
                    if pobj is None:
                        continue
                    spk = _speaker(pobj, actors)
                    phrase = {t.i for t in doc[tok.i + 1].subtree} | {tok.i}
                    content = [t for t in sent if t.i not in phrase and not (t.is_punct and t.i in {sent.start, sent.end - 1})]
                    if not content:
                        continue
                    s, e = content[0].idx, content[-1].idx + len(content[-1])
                    out.append(RawQuote(text[s:e], s, e, "indirect", spk[0], spk[1], spk[2], spk[3], "according to",
                                        tok.idx, doc[tok.i + 1].idx + 2, ((s, e),)))
                    break
    out.sort(key=lambda q: q.start)
    return out
