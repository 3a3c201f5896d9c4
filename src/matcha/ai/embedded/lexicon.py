"""Phrase cues for each culture dimension value: the analyzer's explainable knowledge."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    """A phrase that supports `value`; negated, it supports `negated_to` (or nothing)."""

    value: str
    pattern: re.Pattern[str]
    weight: float
    negated_to: str | None = None


# One cue per line: "value weight >value-when-negated regex" ("-" = a negated cue supports
# nothing). Weights: 2.5 an explicit label, 2 a clear statement, 1 a hint, below 1 a weak hint.
CUE_TABLE = r"""
[collaboration_style]
highly_collaborative 1.5 >independent \b(highly |very )?collaborat\w*
highly_collaborative 2 - \bcollaborate\w* (closely|constantly|on every)
highly_collaborative 1.5 - \bwork\w* (closely|side by side|together)\b
highly_collaborative 1.5 - \b(side by side|pitch(es)? in|help each other|team ?work)\b
highly_collaborative 1.5 - \b(together as a (group|team)|as a group)\b
highly_collaborative 1 - \b(pair|pairs|pairing|paired)\b( up| on)?
highly_collaborative 1 - \bcross-functional\b
independent 2 - \bwork\w* (independently|alone|solo|on (my|their|your|our) own)\b
independent 1.5 - \b(independent(ly)?|self-directed|self-starter)\b
independent 1.5 - \bon (my|their|your) own\b
independent 1 - \b(heads-down|heads down|solo)\b
independent 1 >highly_collaborative \bsilos?\b
mixed 2.5 - \bmix of (solo|independent|individual)\b|\bbalance (of|between) (solo|independent)
[communication]
async_first 2 >sync_heavy \basync\w*
async_first 1.5 >sync_heavy \b(in writing)
async_first 1.5 >sync_heavy \bwritten (docs|updates|communication|threads)\b
async_first 1.5 >sync_heavy \beverything is written\b
async_first 1.5 >sync_heavy \b(write|writes|writing) (things|everything) down\b
async_first 1.5 >sync_heavy \bcomment threads\b
async_first 0.75 >sync_heavy \b(docs|documents|documentation|notion|loom|threads)\b
async_first 1 - \brecord\w* (short )?videos\b
sync_heavy 1 >async_first \bmeetings?\b
sync_heavy 2 >async_first \b(lots of|a lot of|many) meetings|\bin meetings\b
sync_heavy 1 - \b(face[- ]to[- ]face|on a call|huddles?)
sync_heavy 1 - \b(talk constantly|status review|steering committee)
sync_heavy 0.75 - \bstand-?ups?\b
sync_heavy 0.5 - \bcalls\b
balanced 2.5 - \b(balance|mix) of (meetings|calls|sync\w*|written|async\w*)
[pace]
fast_startup 2 >steady \b(move|moves|moving) (very |extremely |really )?(fast|quickly)\b
fast_startup 2 >steady \bmove-fast
fast_startup 1.5 >steady \b(fast|fast[- ]paced|fast-moving)\b
fast_startup 1.5 - \b(ship|patch|release|deploy)\w*\b.{0,40}\b(daily|every day|weekly)\b
fast_startup 1.5 - \b(ship|patch|release|deploy)\w*\b.{0,40}\bevery week\b
fast_startup 1.5 - \b(ship|patch|release|deploy)\w*\b.{0,40}\btimes a day\b
fast_startup 1 >steady \b(quickly|rapid(ly)?|overnight|rushing|speed)\b
fast_startup 1 >steady \b(startups?|start-ups?|scrappy)\b
fast_startup 1 - \bpriorities (shift|change)\w*|\bambiguity\b
steady 3 - \bsteady\b|\bsteadily\b
steady 1.5 - \b(predictable|consistent|sustainable) (cadence|pace|rhythm)\b
steady 1 - \b(every two weeks|biweekly|fortnightly)\b
slow_methodical 1.5 - \b(slow|slowly|methodical|deliberate(ly)?|careful(ly)?)\b
slow_methodical 1.5 - \btakes? (\w+ )?(months|years)\b
slow_methodical 1 - \btake time\b
slow_methodical 1 - \b(release quarterly|quarterly releases?)\b
slow_methodical 1 - \b(regression cycle|(security|architecture) review)\b
slow_methodical 1 - \bchange (approval|advisory) board\b
[hierarchy]
flat 2.5 >hierarchical \bflat\b
flat 1.5 - \b(opinion|voice) counts the same\b
flat 1.5 - \bare peers\b|\banyone can (challenge|talk to|email)
hierarchical 2 >flat \bhierarch\w*
hierarchical 2 >flat \bchain of command\b|\btitles matter\b
hierarchical 1.5 - \bthrough (your|their|my) (manager|managers|boss)\b|\breports? to\b
hierarchical 1 >flat \b(\w+ levels between|layers)\b|\btraditional\b
hierarchical 1.5 >flat \bveto\b.{0,30}\btitles?\b|\bapproval chain\b
hierarchical 0.5 >flat \b(managers|bosses|boss)\b
moderate 2 - \bsome (structure|hierarchy)\b|\b(fairly|quite) approachable\b|\bmoderate\b
moderate 2 - \b(a few|couple of) (layers|levels)\b|\blight(weight)? (structure|hierarchy)\b
[work_life_balance]
flexible 2 >structured \bflexib\w*
flexible 2 - \b(set|choose) your own (schedule|hours)\b|\bwork whenever\b|\bwhenever suits\b
flexible 1.5 - \bnobody (tracks|checks) when\b|\btake time off when\b
structured 2 >flexible \b(core|fixed|standard|regular) (working )?hours\b
structured 2 >demanding \bnine[- ]to[- ]five\b
structured 2 >demanding \b9[- ]to[- ]5\b|\b(nine|eight thirty|8:30|9) to (five|5)\b
structured 1 - \bat (their|your|our|my) desks?\b
structured 1 - \btimesheets?\b|\bpredictable (hours|schedule|days)\b
structured 1.5 - \barrive at .{0,20}leave at\b
demanding 2 - \b(demanding|intense|crunch|always on|go the extra mile)\b
demanding 2 - \bwork\w* (late|long hours|evenings|weekends|nights|overtime)\b
demanding 1.5 >structured \b(late nights|long hours|take work home)\b
[growth_focus]
promotion_track 2 - \bpromot\w*
promotion_track 1.5 - \bcareer (ladder|path|track|progression)s?\b|\bclear path\b|\bgrades?\b
promotion_track 1.5 - \b(management|technical) track\b|\bpromotion framework\b
skill_development 2 - \b(learning|training|education) budget\b|\bstudy leave\b
skill_development 2 - \b(more|rather) than titles\b|\bnot (only|just) about titles\b
skill_development 1.5 - \b(certifications?|exams|academy)\b
skill_development 1.5 - \b(courses?|conferences?|mentors?|mentoring)\b
skill_development 1 - \b(learn|learned|learning|learnt|upskill\w*|deepen\w*)\b
skill_development 1 - \bteach each other\b
both 2.5 - \bboth ways\b|\bboth\b.{0,20}\b(promot\w*|learning|growth)\b
[decision_making]
autonomous 2 - \bwhoever owns\b|\bclosest to the problem\b|\bmakes? the call\b
autonomous 2 - \b(engineers|I|you|teams?|people) (decide|decides)\b
autonomous 1.5 - \bown (your|their|my) (area|decisions|work)\b|\bautonom\w*
autonomous 1.5 >top_down \btrusted to (make decisions|decide)\b|\bchoose (its|their|our) own\b
consensus 2 - \bconsensus\b|\b(decide|decisions?|decided) together\b|\beveryone can live with\b
consensus 1.5 - \bvote\w*\b|\btalk it through\b|\bas a team\b
top_down 2 - \b(leadership|management|director|manager|executives?) (decides?|signs? off|sets)\b
top_down 2 - \b(final say|final call|made at the top|handed down|cascaded down)\b
top_down 2 - \b(come|comes) from (the )?(leadership|management|executive|enterprise)\w*
top_down 2 - \bdecisions are made by (senior )?(leadership|management)\b|\bset the direction\b
top_down 1 >autonomous \bclear direction\b|\bapproved by\b
top_down 1 >autonomous \bsign-?off\b|\bask(ing)? permission\b
top_down 1 >autonomous \bmicromanag\w*|\bapproval chains?\b
[remote_policy]
fully_remote 2.5 - \b(fully remote|remote[- ]first|all[- ]remote)\b
fully_remote 2.5 - \b(100% remote|no office|work from anywhere)\b
fully_remote 2 - \bwherever (they|you) like\b|\bdistributed (team|company)\b
fully_remote 1 >in_office \bremote\w*\b
fully_remote 1 >in_office \bfrom home\b
hybrid 2.5 - \bhybrid\b
hybrid 2 - \b(office|on site) on (mon|tues|wednes|thurs|fri)days\b
hybrid 2 - \bsplit (our|their|your) time\b
hybrid 2 - \b(two|three|\d) days (a|per) week (in the office|on site)\b
in_office 2 >fully_remote \b(in the office|on[- ]site|in[- ]office|five days a week)\b
in_office 1 >fully_remote \b(the|our|an|a) office\b|\bsit together\b
[team_size]
small 2 - \bsmall (team|company|group)\b
small 2 - \b(tight|close)-knit\b|\b(team|company) is (small|tiny)\b
medium 2 - \b(mid|medium)-sized\b
large 2 - \blarge (enterprise|company|organi[sz]ation)\b|\bthousands of\b
"""


def parse_cue_table(table: str) -> dict[str, list[Cue]]:
    """Parse CUE_TABLE: "[dimension]" headers, then one cue per line."""
    cues: dict[str, list[Cue]] = {}
    current: list[Cue] = []
    for line in table.strip().splitlines():
        if line.startswith("["):
            current = cues.setdefault(line.strip("[]"), [])
            continue
        value, weight, negated, pattern = line.split(" ", 3)
        target = None if negated == "-" else negated.lstrip(">")
        current.append(Cue(value, re.compile(pattern, re.IGNORECASE), float(weight), target))
    return cues


CUES: dict[str, list[Cue]] = parse_cue_table(CUE_TABLE)

# Two values whose strong co-occurrence means the in-between value.
BLENDS: dict[str, tuple[str, str, str]] = {
    "collaboration_style": ("highly_collaborative", "independent", "mixed"),
    "communication": ("async_first", "sync_heavy", "balanced"),
    "growth_focus": ("promotion_track", "skill_development", "both"),
}

POST_NEGATION = re.compile(r"\b(not an option|isn't an option|not for us|isn't for us)\b", re.I)

RED_FLAG = re.compile(
    r"\b(won't|wouldn't|don't|doesn't|will not|would not|do not|does not) "
    r"(fit|last|succeed|do well|"
    r"be happy|thrive)\b|\bdealbreaker\b|\b(won't|can't|cannot|will not|don't) tolerate\b|"
    r"\b(would|will) be unhappy\b|\b(you'll|will|would) struggle\b|\b(not|isn't) the place\b|"
    r"\b(is|are) a (real )?problem\b|\bfeel lonely\b",
    re.IGNORECASE,
)
