"""Writes the FSRS reference data for the Swift scheduler's tests.

Everything here comes from the real `fsrs` package (py-fsrs), never from the
Swift code. Run it from this folder with the pinned package in a venv:

    python3 -m venv /tmp/fsrs-venv
    /tmp/fsrs-venv/bin/pip install fsrs==6.3.2
    /tmp/fsrs-venv/bin/python make_fixtures.py

It writes, beside itself:

- trajectories.json: review sequences (named ones, then seeded random ones),
  with the card after every review (state, step, stability, difficulty, due,
  last review) and the retrievability just before it;
- intervals.json: stability -> interval in days, and the fuzz range
  (interval, uniform number -> fuzzed interval) with `random` replaced by
  fixed numbers;
- history.expected.json: the replay of history.csv, in the shape that
  `Replay` prints with `--format json`.

Times are whole microseconds since the Unix epoch (`*_us`), the package's own
precision, so that the comparison can be exact. The output is deterministic:
running the script again rewrites the same files.
"""

import csv
import json
import random
import re
from datetime import datetime, timedelta, timezone
from importlib.metadata import version
from pathlib import Path

import fsrs.scheduler
from fsrs import Card, Rating, Scheduler, State

PACKAGE = "fsrs"
PACKAGE_VERSION = "6.3.2"
HERE = Path(__file__).resolve().parent
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
START = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)
# Sequences stop before this: Swift's `Date` (a double) holds whole microseconds
# exactly only until about 2137.
END = datetime(2130, 1, 1, tzinfo=timezone.utc)


def micros(moment):
    delta = moment - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def step_micros(step):
    return (step.days * 86_400 + step.seconds) * 1_000_000 + step.microseconds


# Scheduler settings the sequences run under. All but "default" exist to reach
# branches the defaults never take (one step, no steps, odd microseconds, a
# low maximum interval, other weights and decay).
CUSTOM_WEIGHTS = list(fsrs.scheduler.DEFAULT_PARAMETERS)
CUSTOM_WEIGHTS[6] = 1.2
CUSTOM_WEIGHTS[7] = 0.05
CUSTOM_WEIGHTS[17] = 1.1
CUSTOM_WEIGHTS[18] = 0.4
CUSTOM_WEIGHTS[19] = 0.3
CUSTOM_WEIGHTS[20] = 0.5

SETTINGS = {
    "default": {},
    "retention_0_80": {"desired_retention": 0.8},
    "retention_0_95_max_60": {"desired_retention": 0.95, "maximum_interval": 60},
    "one_step_each": {
        "learning_steps": (timedelta(minutes=1),),
        "relearning_steps": (timedelta(minutes=10),),
    },
    "three_steps": {
        "learning_steps": (timedelta(minutes=1), timedelta(minutes=10), timedelta(hours=1)),
        "relearning_steps": (timedelta(minutes=10), timedelta(hours=1)),
    },
    "no_steps": {"learning_steps": (), "relearning_steps": ()},
    "odd_microsecond_steps": {
        "learning_steps": (timedelta(seconds=61, microseconds=1), timedelta(seconds=600, microseconds=2)),
        "relearning_steps": (timedelta(seconds=45, microseconds=3),),
    },
    "custom_weights": {"parameters": tuple(CUSTOM_WEIGHTS), "desired_retention": 0.85},
}


def make_scheduler(settings_name):
    return Scheduler(enable_fuzzing=False, **SETTINGS[settings_name])


def describe_settings(settings_name):
    scheduler = make_scheduler(settings_name)
    return {
        "parameters": list(scheduler.parameters),
        "desired_retention": scheduler.desired_retention,
        "learning_steps_us": [step_micros(s) for s in scheduler.learning_steps],
        "relearning_steps_us": [step_micros(s) for s in scheduler.relearning_steps],
        "maximum_interval": scheduler.maximum_interval,
    }


# When the next review happens, as a small language:
#   "+90s", "+10m", "+5h", "+3d": that long after the last review;
#   "due", "due+2h", "due-1d": relative to the card's due time;
#   "at:0.5": that fraction of the way from the last review to the due time.
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86_400}


def parse_span(text):
    match = re.fullmatch(r"([+-])(\d+(?:\.\d+)?)([smhd])", text)
    sign = -1 if match.group(1) == "-" else 1
    return timedelta(seconds=sign * float(match.group(2)) * UNITS[match.group(3)])


def next_time(card, last, when):
    if last is None:
        return START
    if when.startswith("due"):
        return card.due + (parse_span(when[3:]) if len(when) > 3 else timedelta())
    if when.startswith("at:"):
        return last + (card.due - last) * float(when[3:])
    return last + parse_span(when)


RATINGS = {"A": Rating.Again, "H": Rating.Hard, "G": Rating.Good, "E": Rating.Easy}


def plan(*pairs):
    """("due", "G"), ... ; the first pair's time is ignored (a new card)."""
    return [(when, RATINGS[r]) for when, r in pairs]


def repeat(when, ratings):
    return [(when, RATINGS[r]) for r in ratings]


NAMED = [
    ("all_good_on_due", "default", plan(("", "G")) + repeat("due", "GGGGGGGGGGGG")),
    ("easy_streak", "default", plan(("", "E")) + repeat("due", "EEEEEEEEEE")),
    ("easy_streak_to_maximum_interval", "default", plan(("", "E")) + repeat("due", "E" * 14)),
    ("again_again_hard", "default", plan(("", "A"), ("+1m", "A"), ("+1m", "H"), ("+5m", "H"), ("+6m", "G"), ("+10m", "G"))
     + repeat("due", "GGGG")),
    ("hard_through_learning", "default", plan(("", "H"), ("+5m", "H"), ("+5m", "G"), ("+10m", "H"), ("due", "H"), ("due", "H"), ("due", "H"))),
    ("lapses", "default", plan(("", "G"), ("due", "G"), ("due", "G"), ("due", "G"), ("due", "A"), ("due", "G"),
                               ("due", "G"), ("due", "A"), ("due", "A"), ("due", "H"), ("due", "G"), ("due", "G"),
                               ("due", "A"), ("due+3d", "G"), ("due", "G"))),
    ("relearning_again_hard_good", "default", plan(("", "E"), ("due", "G"), ("due", "A"), ("due", "A"), ("due", "H"),
                                                   ("due", "H"), ("due", "G"), ("due", "E"))),
    ("early_reviews", "default", plan(("", "G"), ("due", "G"), ("due", "G"), ("at:0.5", "G"), ("at:0.3", "G"),
                                      ("at:0.8", "E"), ("at:0.1", "H"), ("at:0.6", "A"), ("due", "G"), ("at:0.5", "G"))),
    ("same_day_reviews", "default", plan(("", "G"), ("due", "G"), ("due", "G"), ("+1h", "G"), ("+2h", "H"), ("+30m", "E"),
                                         ("+10m", "A"), ("+5m", "G"), ("+20h", "H"), ("+23h", "G"), ("due", "G"))),
    ("same_day_hard_floor", "default", plan(("", "E"), ("due", "G"), ("due", "G"), ("due", "G"), ("due", "G"),
                                            ("+1h", "H"), ("+1h", "H"), ("+1h", "G"), ("+1h", "E"))),
    ("long_gaps", "default", plan(("", "G"), ("+10m", "G"), ("+120d", "G"), ("+400d", "G"), ("+3d", "G"),
                                  ("+1095d", "H"), ("+3650d", "A"), ("+10m", "G"), ("+200d", "E"), ("+7300d", "G"))),
    ("late_reviews", "default", plan(("", "G"), ("+10m", "G"), ("due+5d", "G"), ("due+20d", "H"), ("due+60d", "G"),
                                     ("due+1h", "E"), ("due+365d", "A"), ("due+2d", "G"))),
    ("just_under_and_over_a_day", "default", plan(("", "G"), ("+10m", "G"), ("+86399s", "G"), ("+86400s", "G"),
                                                  ("+86399.75s", "H"), ("+86400.25s", "G"), ("due", "A"), ("+86399s", "G"))),
    ("fractional_seconds", "default", plan(("", "G"), ("+60.25s", "H"), ("+330.5s", "G"), ("+600.75s", "G"),
                                           ("due+0.5s", "G"), ("due-0.25s", "A"), ("+600.125s", "G"))),
    ("retention_0_80", "retention_0_80", plan(("", "H"), ("+5m", "G"), ("+10m", "G")) + repeat("due", "GGAGGGHGE")),
    ("retention_0_95_maximum_60", "retention_0_95_max_60", plan(("", "E")) + repeat("due", "EEEEEEGAGGGE")),
    ("one_step_each", "one_step_each", plan(("", "H"), ("+90s", "H"), ("+90s", "A"), ("+1m", "G"), ("due", "A"), ("+10m", "H"),
                                           ("+15m", "H"), ("+15m", "G"), ("due", "G"))),
    ("three_steps", "three_steps", plan(("", "G"), ("+10m", "H"), ("+10m", "G"), ("+1h", "A"), ("+1m", "G"), ("+10m", "G"),
                                       ("+1h", "G"), ("due", "A"), ("+10m", "H"), ("+10m", "G"), ("+1h", "G"), ("due", "G"))),
    ("no_steps", "no_steps", plan(("", "A")) + repeat("due", "AGHGEAAG")),
    ("odd_microsecond_steps", "odd_microsecond_steps", plan(("", "H"), ("+330s", "G"), ("+601s", "A"), ("+61s", "H"),
                                                           ("+330s", "G"), ("+600s", "G"), ("due", "A"), ("+45s", "H"),
                                                           ("+68s", "H"), ("+68s", "G"), ("due", "G"))),
    ("custom_weights", "custom_weights", plan(("", "G"), ("+10m", "G")) + repeat("due", "GGAGG") + repeat("+2h", "HGE")
     + repeat("due+30d", "GAG")),
]


def random_plan(rng):
    """A seeded random sequence: ratings and timings a real history might have."""
    length = rng.randint(6, 40)
    steps = [("", RATINGS[rng.choices("AHGE", weights=(2, 2, 5, 2))[0]])]
    for _ in range(length - 1):
        rating = rng.choices("AHGE", weights=(15, 15, 55, 15))[0]
        kind = rng.choices(["due", "early", "late", "same_day", "long_gap", "minutes"], weights=(30, 15, 20, 15, 8, 12))[0]
        fraction = rng.choice(["", ".25", ".5", ".000001", ".999999", f".{rng.randint(0, 999_999):06d}"])
        if kind == "due":
            when = "due"
        elif kind == "early":
            when = f"at:{rng.uniform(0.05, 0.95):.3f}"
        elif kind == "late":
            when = f"due+{rng.randint(1, 90 * 86_400)}{fraction}s"
        elif kind == "same_day":
            when = f"+{rng.randint(60, 86_399)}{fraction}s"
        elif kind == "long_gap":
            when = f"+{rng.randint(60, 3000) * 86_400 + rng.randint(0, 86_399)}{fraction}s"
        else:
            when = f"+{rng.randint(1, 120) * 60}{fraction}s"
        steps.append((when, RATINGS[rating]))
    return steps


def run_sequence(name, settings_name, steps):
    scheduler = make_scheduler(settings_name)
    card = Card(card_id=1, due=START)
    last = None
    reviews = []
    for when, rating in steps:
        moment = next_time(card, last, when)
        if moment >= END:
            break
        retrievability = scheduler.get_card_retrievability(card, moment) if card.last_review else None
        card, _ = scheduler.review_card(card, rating, moment)
        reviews.append({
            "at_us": micros(moment),
            "rating": int(rating),
            "retrievability": retrievability,
            "state": int(card.state),
            "step": card.step,
            "stability": card.stability,
            "difficulty": card.difficulty,
            "due_us": micros(card.due),
            "last_review_us": micros(card.last_review),
        })
        last = moment
    return {"name": name, "settings": settings_name, "reviews": reviews}


def trajectories():
    sequences = [run_sequence(name, settings, steps) for name, settings, steps in NAMED]
    rng = random.Random(20240301)
    for index in range(80):
        settings = rng.choices(list(SETTINGS), weights=(10, 2, 2, 2, 2, 1, 1, 2))[0]
        sequences.append(run_sequence(f"random_{index:02d}", settings, random_plan(rng)))
    return {
        "package": f"{PACKAGE} {version(PACKAGE)}",
        "settings": {name: describe_settings(name) for name in SETTINGS},
        "sequences": sequences,
    }


def intervals():
    stabilities = [0.001, 0.01, 0.4, 0.5, 1.0, 1.4999, 1.5, 2.3065, 2.5, 3.5, 4.5, 10.5, 100.0, 365.25,
                   36499.5, 36500.5, 1e6]
    tables = {}
    for settings_name in ("default", "retention_0_80", "retention_0_95_max_60", "custom_weights"):
        scheduler = make_scheduler(settings_name)
        tables[settings_name] = [
            {"stability": s, "days": scheduler._next_interval(stability=s)} for s in stabilities
        ]
    uniforms = [0.0, 0.1, 0.25, 0.4999999, 0.5, 0.75, 0.999999]
    fuzz = []
    for settings_name, days_list in (("default", [1, 2, 3, 4, 5, 6, 7, 8, 10, 13, 19, 20, 21, 30, 60, 365, 1000, 36499, 36500]),
                                     ("retention_0_95_max_60", [3, 20, 58, 59, 60])):
        scheduler = make_scheduler(settings_name)
        for days in days_list:
            for u in uniforms:
                fsrs.scheduler.random = lambda u=u: u
                fuzzed = scheduler._get_fuzzed_interval(interval=timedelta(days=days))
                fuzz.append({"settings": settings_name, "days": days, "uniform": u, "fuzzed_days": fuzzed.days})
    return {"package": f"{PACKAGE} {version(PACKAGE)}", "intervals": tables, "fuzz": fuzz}


def iso(moment):
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += f".{moment.microsecond:06d}"
    return text + "Z"


STATE_NAMES = {State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}


def replay(csv_path):
    scheduler = make_scheduler("default")
    cards = {}
    rows = []
    with open(csv_path, newline="", encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            card_id = record["card_id"]
            moment = datetime.fromisoformat(record["review_time"].replace("Z", "+00:00")).astimezone(timezone.utc)
            card = cards.get(card_id) or Card(card_id=len(cards) + 1, due=moment)
            retrievability = scheduler.get_card_retrievability(card, moment) if card.last_review else None
            card, _ = scheduler.review_card(card, Rating(int(record["rating"])), moment)
            cards[card_id] = card
            rows.append({
                "card": card_id,
                "reviewed_at": iso(moment),
                "rating": int(record["rating"]),
                "retrievability": retrievability,
                "state": STATE_NAMES[card.state],
                "step": card.step,
                "stability": card.stability,
                "difficulty": card.difficulty,
                "due": iso(card.due),
            })
    return {"reviews": rows}


def write(name, data):
    """Indented JSON, but each innermost record (a dict of plain values) on one line."""

    def records_to_tokens(value, records):
        if isinstance(value, dict) and not any(isinstance(v, (dict, list)) for v in value.values()):
            records.append(json.dumps(value))
            return f"@record{len(records) - 1}@"
        if isinstance(value, dict):
            return {k: records_to_tokens(v, records) for k, v in value.items()}
        if isinstance(value, list):
            return [records_to_tokens(v, records) for v in value]
        return value

    records = []
    text = json.dumps(records_to_tokens(data, records), indent=1)
    text = re.sub(r'"@record(\d+)@"', lambda m: records[int(m.group(1))], text)
    (HERE / name).write_text(text + "\n", encoding="utf-8")


def main():
    installed = version(PACKAGE)
    if installed != PACKAGE_VERSION:
        raise SystemExit(f"expected {PACKAGE} {PACKAGE_VERSION}, found {installed}")
    write("trajectories.json", trajectories())
    write("intervals.json", intervals())
    write("history.expected.json", replay(HERE / "history.csv"))


if __name__ == "__main__":
    main()
