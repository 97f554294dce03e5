# Independent reference for ChangeEndToEndTests: generates before.csv and after.csv (two sessions of the
# questionnaire `bilan`, versions 1 and 2) and computes expected-change.csv straight from src/Diagnostic.Core/Analysis/README.md
# with pandas/numpy/scipy/statsmodels, from the raw answers (not from any portrait file).
# Run in this folder with /usr/bin/python3 (scipy 1.10.1, statsmodels 0.13.5, mpmath).
# The t quantile comes from mpmath: scipy 1.10's t.ppf is off by up to ~4e-9 relative, which shows in limits near 0.
#
# Between the versions: `ancien` dropped, `annees` added, `sat` moved from accord5 to accord4,
# `transport` gained `velo`, `logement` went from single to multiple, the dimension `serv` gained `s3`.
# Sessions: citizen C has 3 respondents before (hidden, D hidden as its complement) and 9 after, where it is
# hidden as the complement of D (4 after); E exists only after; partners only before.
import csv, mpmath as mp, numpy as np, pandas as pd, scipy.stats as st
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import confint_proportions_2indep, proportions_ztest

MIN_CELL = 5
rng = np.random.default_rng(2027)
FIXED = ["response_id", "neighbourhood", "audience", "language", "submitted_at"]
COLS = {1: ["age", "ancien", "sat", "transport", "logement", "enfants", "fier", "dem", "voisins", "jour", "nuit", "s1", "s2"],
        2: ["age", "annees", "sat", "transport", "logement", "enfants", "fier", "dem", "voisins", "jour", "nuit", "s1", "s2", "s3"]}
SIZES = {1: {("citizen", "A"): 40, ("citizen", "B"): 25, ("citizen", "C"): 3, ("citizen", "D"): 8, ("citizen", "F"): 15,
             ("partner", "P1"): 6, ("partner", "P2"): 7},
         2: {("citizen", "A"): 35, ("citizen", "B"): 20, ("citizen", "C"): 9, ("citizen", "D"): 4, ("citizen", "E"): 12,
             ("citizen", "F"): 14}}
SHIFT = {1: {"A": 0, "B": 0, "C": 0, "D": -1, "F": 1, "P1": 0, "P2": 1}, 2: {"A": 1, "B": 0, "C": 1, "D": 0, "E": 0, "F": -1}}

def pick(p_missing, value):
    return "" if rng.random() < p_missing else value

def scale(base, top):
    r = rng.random()
    if r < 0.06: return "NSP"
    if r < 0.11: return ""
    return str(int(np.clip(base + rng.integers(-1, 2), 1, top)))

def respond(version, nb, rid):
    base = int(np.clip(2 + SHIFT[version][nb] + rng.integers(-1, 2), 1, 4))
    transport = ["auto", "bus"] + (["velo"] if version == 2 else [])
    logement = (pick(0.1, str(rng.choice(["proprio", "locataire"]))) if version == 1
                else "|".join(c for c in ["proprio", "locataire"] if rng.random() < 0.5))
    r = {"age": pick(0.1, str(rng.choice(["jeune", "adulte", "aine"]))),
         "sat": scale(base + (1 if version == 1 else 0), 5 if version == 1 else 4),
         "transport": pick(0.1, str(rng.choice(transport))), "logement": logement,
         "enfants": pick(0.2, str(rng.integers(0, 5))),
         "fier": scale(base, 4), "dem": scale(5 - base, 4), "voisins": scale(base, 4),
         "jour": scale(base + 1, 4), "nuit": scale(base, 4), "s1": scale(base, 4), "s2": scale(base, 4), "s3": scale(base, 4)}
    r["ancien" if version == 1 else "annees"] = pick(0.2, str(rng.integers(0, 60)))
    return r

def generate(version, path):
    rows = []
    for (aud, nb), n in SIZES[version].items():
        for _ in range(n):
            rows.append({"response_id": f"v{version}r{len(rows) + 1:03d}", "neighbourhood": nb, "audience": aud,
                         "language": "fr", "submitted_at": "2026-05-01T12:00:00Z", **respond(version, nb, len(rows))})
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FIXED + COLS[version], extrasaction="ignore", lineterminator="\n")
        w.writeheader(); w.writerows(rows)
    return pd.read_csv(path, dtype=str, keep_default_na=False)

sessions = {1: generate(1, "before.csv"), 2: generate(2, "after.csv")}

# The figures both versions share, in the after questionnaire's order.
MEANS = ["enfants", "fier", "dem", "voisins", "jour", "nuit", "s1", "s2"]  # s1, s2 unchanged although `serv` changed
CHOICES = {"age": ["jeune", "adulte", "aine"], "transport": ["auto", "bus"]}
DIMS = {"app": [("fier", False), ("dem", True), ("voisins", False)], "sec": [("jour", False), ("nuit", False)]}
ORDER = ([("choice", f"age:{c}") for c in CHOICES["age"]] + [("choice", f"transport:{c}") for c in CHOICES["transport"]]
         + [("question", "enfants")] + [("question", q) for q in ["fier", "dem", "voisins"]] + [("dimension", "app")]
         + [("question", q) for q in ["jour", "nuit"]] + [("dimension", "sec")] + [("question", q) for q in ["s1", "s2"]])
# Every figure of each version, so suppression is decided exactly as each portrait would (it is per figure).

def numbers(s): return pd.to_numeric(s[(s != "") & (s != "NSP")]).to_numpy(float)

def score(g, d):
    m = pd.concat([(lambda v: 100 - v if rev else v)(100 * (pd.to_numeric(g[q].replace({"": np.nan, "NSP": np.nan})) - 1) / 3)
                   for q, rev in DIMS[d]], axis=1)
    return m[m.notna().sum(axis=1) * 2 >= len(DIMS[d])].mean(axis=1).to_numpy(float)

def figures(g):
    out = {}
    for q, codes in CHOICES.items():
        a = g[q][g[q] != ""]
        for c in codes:
            out[("choice", f"{q}:{c}")] = ("p", int((a == c).sum()), len(a))
    for q in MEANS:
        out[("question", q)] = ("m", numbers(g[q]))
    for d in DIMS:
        out[("dimension", d)] = ("m", score(g, d))
    return out

def n_of(fig): return fig[2] if fig[0] == "p" else len(fig[1])

def portrait(df, aud):
    g = df[df.audience == aud]; nbs = sorted(g.neighbourhood.unique())
    units = {"ALL": figures(g)} | {nb: figures(g[g.neighbourhood == nb]) for nb in nbs}
    hidden = {}
    for key in ORDER:
        n = {u: n_of(units[u][key]) for u in units}
        h = {u: n[u] < MIN_CELL for u in units}
        if sum(h[u] for u in nbs) == 1:
            shown = sorted([u for u in nbs if not h[u]], key=lambda u: (n[u], u))
            if shown: h[shown[0]] = True
        hidden[key] = h
    return units, hidden

def t975(df):
    mp.mp.dps = 30
    cdf = lambda x: 1 - mp.betainc(mp.mpf(df) / 2, mp.mpf(1) / 2, 0, df / (df + x * x), regularized=True) / 2
    return float(mp.findroot(lambda x: cdf(x) - mp.mpf("0.975"), float(st.t.ppf(0.975, df))))

def welch(x1, x2):
    d = x2.mean() - x1.mean()
    if len(x1) < 2 or len(x2) < 2 or (x1.var(ddof=1) == 0 and x2.var(ddof=1) == 0):
        return dict(diff=d)
    v1, v2 = x1.var(ddof=1) / len(x1), x2.var(ddof=1) / len(x2)
    df = (v1 + v2) ** 2 / (v1 ** 2 / (len(x1) - 1) + v2 ** 2 / (len(x2) - 1))
    h = t975(df) * np.sqrt(v1 + v2)
    return dict(diff=d, ci_low=d - h, ci_high=d + h, p=st.ttest_ind(x2, x1, equal_var=False).pvalue)

def proportions(c1, n1, c2, n2):
    lo, hi = confint_proportions_2indep(c2, n2, c1, n1, method="newcomb", compare="diff")
    pooled = (c1 + c2) / (n1 + n2)
    p = proportions_ztest([c2, c1], [n2, n1])[1] if 0 < pooled < 1 else None
    return dict(before=c1 / n1, after=c2 / n2, diff=c2 / n2 - c1 / n1, ci_low=lo, ci_high=hi, p=p)

HEADER = "audience,neighbourhood,level,id,n_before,n_after,before,after,diff,ci_low,ci_high,p,q,flag,suppressed".split(",")
out = []
for aud in ["citizen", "partner"]:
    if not all((sessions[v].audience == aud).any() for v in (1, 2)): continue
    (u1, h1), (u2, h2) = portrait(sessions[1], aud), portrait(sessions[2], aud)
    units = ["ALL"] + sorted(set(u1) & set(u2) - {"ALL"})
    rows = []
    for u in units:
        for key in ORDER:
            r = dict(audience=aud, neighbourhood=u, level=key[0], id=key[1], suppressed=h1[key][u] or h2[key][u])
            if not r["suppressed"]:
                f1, f2 = u1[u][key], u2[u][key]
                r.update(n_before=n_of(f1), n_after=n_of(f2))
                if f1[0] == "p": r.update(proportions(f1[1], f1[2], f2[1], f2[2]))
                else: r.update(before=f1[1].mean(), after=f2[1].mean(), **welch(f1[1], f2[1]))
            rows.append(r)
    tested = [r for r in rows if r["level"] == "dimension" and r["neighbourhood"] != "ALL"
              and not r["suppressed"] and r.get("p") is not None]
    if tested:
        for r, q in zip(tested, multipletests([r["p"] for r in tested], method="fdr_bh")[1]):
            r["q"] = q
            if q < 0.05 and r["diff"] != 0: r["flag"] = "up" if r["diff"] > 0 else "down"
    out += rows

def cell(v):
    if v is None: return ""
    if isinstance(v, (bool, np.bool_)): return "true" if v else "false"
    if isinstance(v, (float, np.floating)): return repr(float(v))
    return str(v)

with open("expected-change.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(HEADER)
    for r in out: w.writerow([cell(r.get(h)) for h in HEADER])
