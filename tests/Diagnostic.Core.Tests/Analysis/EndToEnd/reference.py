# Independent reference for EndToEndTests: generates responses.csv and computes expected-portrait.csv with
# pandas/numpy/scipy/statsmodels straight from src/Diagnostic.Core/Analysis/README.md. Run with /usr/bin/python3 (scipy 1.10).
import csv, numpy as np, pandas as pd, scipy.stats as st
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint

rng = np.random.default_rng(2026)
MIN_CELL = 5
sizes = {("citizen", "A"): 40, ("citizen", "B"): 25, ("citizen", "C"): 3, ("citizen", "D"): 8,
         ("partner", "P1"): 6, ("partner", "P2"): 7}
shift = {"A": 1, "B": 0, "C": -1, "D": -1, "P1": 0, "P2": 1}
cols = ["age", "fier", "dem", "voisins", "lieux", "commentaire", "annees", "jour", "nuit", "prio"]
rows, rid = [], 0
def scale(base):
    r = rng.random()
    if r < 0.07: return "NSP"
    if r < 0.12: return ""
    return str(int(np.clip(base + rng.integers(-1, 2), 1, 4)))
for (aud, nb), n in sizes.items():
    for _ in range(n):
        rid += 1
        base = int(np.clip(2 + shift[nb] + rng.integers(-1, 2), 1, 4))
        lieux = [c for c in ["parc", "cafe", "autre"] if rng.random() < 0.5]
        rows.append({"response_id": f"r{rid:03d}", "neighbourhood": nb, "audience": aud, "language": "fr",
                     "submitted_at": "2026-05-01T12:00:00Z",
                     "age": ["18-34", "35-64", "65+", ""][rng.integers(0, 4)],
                     "fier": scale(base), "dem": scale(5 - base), "voisins": scale(base),
                     "lieux": "|".join(lieux), "commentaire": "Bien, \"vraiment\"\nmerci" if rng.random() < 0.2 else "",
                     "annees": str(rng.integers(0, 60)) if rng.random() < 0.8 else "",
                     "jour": scale(base + 1), "nuit": scale(base), "prio": "police>eclairage"})
with open("responses.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["response_id", "neighbourhood", "audience", "language", "submitted_at"] + cols)
    w.writeheader(); w.writerows(rows)

df = pd.read_csv("responses.csv", dtype=str, keep_default_na=False)
def num(s): return pd.to_numeric(s[(s != "") & (s != "NSP")])
def resc(s, rev): v = 100 * (pd.to_numeric(s.replace({"": np.nan, "NSP": np.nan})) - 1) / 3; return 100 - v if rev else v
dims = {"app": [("fier", False), ("dem", True), ("voisins", False)], "sec": [("jour", False), ("nuit", False)]}
def scores(g, d):
    m = pd.concat([resc(g[q], r) for q, r in dims[d]], axis=1)
    ok = m.notna().sum(axis=1) * 2 >= len(dims[d])
    return m[ok].mean(axis=1), m.dropna()
def tci(x):
    n = len(x)
    if n < 2: return None, None
    h = st.t.ppf(0.975, n - 1) * x.std(ddof=1) / np.sqrt(n); return x.mean() - h, x.mean() + h
def alpha(complete):
    k = complete.shape[1]
    if k < 2 or len(complete) < 30: return None
    tv = complete.sum(axis=1).var(ddof=1)
    return None if tv == 0 else k / (k - 1) * (1 - complete.var(ddof=1).sum() / tv)
figures = [("question", "fier"), ("question", "dem"), ("question", "voisins"), ("question", "annees"), ("question", "jour"), ("question", "nuit")]
def unit_rows(g):
    out = {}
    for c in ["18-34", "35-64", "65+"]:
        a = g["age"][g["age"] != ""]; k = int((a == c).sum()); n = len(a)
        lo, hi = proportion_confint(k, n, method="wilson") if n else (None, None)
        out[("choice", f"age:{c}")] = dict(n=n, count=k, pct=k / n if n else None, ci_low=lo, ci_high=hi)
    for q in ["fier", "dem", "voisins", "annees", "jour", "nuit"]:
        x = num(g[q]); lo, hi = tci(x)
        out[("question", q)] = dict(n=len(x), mean=x.mean() if len(x) else None, sd=x.std(ddof=1) if len(x) > 1 else None, ci_low=lo, ci_high=hi)
    l = g["lieux"][g["lieux"] != ""]
    for c in ["parc", "cafe", "autre"]:
        k = int(l.str.split("|").apply(lambda v: c in v).sum()); n = len(l)
        lo, hi = proportion_confint(k, n, method="wilson") if n else (None, None)
        out[("choice", f"lieux:{c}")] = dict(n=n, count=k, pct=k / n if n else None, ci_low=lo, ci_high=hi)
    for d in dims:
        s, comp = scores(g, d); lo, hi = tci(s)
        out[("dimension", d)] = dict(n=len(s), score=s.mean() if len(s) else None, ci_low=lo, ci_high=hi, alpha=alpha(comp), _s=s)
    return out
order = [("choice", "age:18-34"), ("choice", "age:35-64"), ("choice", "age:65+"), ("question", "fier"), ("question", "dem"),
         ("question", "voisins"), ("choice", "lieux:parc"), ("choice", "lieux:cafe"), ("choice", "lieux:autre"),
         ("question", "annees"), ("dimension", "app"), ("question", "jour"), ("question", "nuit"), ("dimension", "sec")]
header = "audience,neighbourhood,level,id,n,count,mean,sd,pct,ci_low,ci_high,score,alpha,diff,p,q,flag,suppressed".split(",")
out_rows = []
for aud in ["citizen", "partner"]:
    ga = df[df.audience == aud]; nbs = sorted(ga.neighbourhood.unique())
    units = {"ALL": unit_rows(ga)} | {nb: unit_rows(ga[ga.neighbourhood == nb]) for nb in nbs}
    supp = {}
    for key in order:
        n = {u: units[u][key]["n"] for u in units}
        s = {u: n[u] < MIN_CELL for u in units}
        hidden = [u for u in nbs if s[u]]
        if len(hidden) == 1:
            shown = sorted([u for u in nbs if not s[u]], key=lambda u: (n[u], u))
            if shown: s[shown[0]] = True
        supp[key] = s
    tests = []
    for d in dims:
        for nb in nbs:
            if supp[("dimension", d)][nb]: continue
            own = units[nb][("dimension", d)]["_s"]
            rest = pd.concat([units[o][("dimension", d)]["_s"] for o in nbs if o != nb])
            fig = units[nb][("dimension", d)]
            fig["diff"] = own.mean() - rest.mean() if len(own) and len(rest) else None
            ok = len(own) >= 2 and len(rest) >= 2 and (own.var(ddof=1) > 0 or rest.var(ddof=1) > 0)
            fig["p"] = st.ttest_ind(own, rest, equal_var=False).pvalue if ok else None
            if fig["p"] is not None: tests.append(fig)
    if tests:
        qs = multipletests([t["p"] for t in tests], method="fdr_bh")[1]
        for t, q in zip(tests, qs):
            t["q"] = q; t["flag"] = ("force" if t["diff"] > 0 else "defi") if q < 0.05 else None
    for u in ["ALL"] + nbs:
        for key in order:
            r = {h: "" for h in header}; r.update(audience=aud, neighbourhood=u, level=key[0], id=key[1])
            if supp[key][u]: r["suppressed"] = "true"
            else:
                r["suppressed"] = "false"
                for k, v in units[u][key].items():
                    if not k.startswith("_") and v is not None: r[k] = repr(float(v)) if isinstance(v, float) else str(v)
            out_rows.append(r)
with open("expected-portrait.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=header, lineterminator="\n"); w.writeheader(); w.writerows(out_rows)
