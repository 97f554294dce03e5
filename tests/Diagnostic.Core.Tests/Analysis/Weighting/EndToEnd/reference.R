# Independent reference for WeightedEndToEndTests: generates responses.csv and census.csv, then computes
# expected-weighted.csv straight from src/Diagnostic.Core/Analysis/README.md ("Weighted portrait") with R's survey package
# (Debian r-cran-survey 4.1-1): svydesign(ids = ~1, strata = ~neighbourhood), postStratify on
# neighbourhood × cell, svymean(~y, na.rm = TRUE, deff = "replace"). Run: Rscript reference.R (in this folder).
suppressMessages(library(survey))
set.seed(15)
MIN_CELL <- 5
ages <- c("15-24", "25-44", "45-64", "65+")
sizes <- c(A = 40, B = 24, C = 9, D = 3, E = 7)
age_p <- list(A = c(.05, .2, .3, .45), B = c(0, .3, .3, .4), C = rep(.25, 4), D = rep(.25, 4), E = rep(.25, 4))
census <- list(A = c(900, 2100, 1800, 1200), B = c(0, 1500, 1400, 900), C = c(400, 800, 700, 500),
               D = c(300, 600, 500, 400), E = c(300, 700, 0, 450))
scale_answer <- function(base) {
  r <- runif(1)
  if (r < .07) return("NSP")
  if (r < .12) return("")
  as.character(min(4, max(1, base + sample(-1:1, 1))))
}
rows <- list(); id <- 0
for (aud in c("citizen", "partner")) for (nb in names(sizes)) {
  n <- if (aud == "citizen") sizes[[nb]] else if (nb == "A") 6 else 0
  for (i in seq_len(n)) {
    id <- id + 1
    age <- if (runif(1) < .07) "" else sample(ages, 1, prob = age_p[[nb]])
    a <- if (age == "") 2 else match(age, ages)
    base <- min(4, max(1, 1 + (a >= 3) + sample(0:1, 1) + (nb == "A")))
    lieux <- c("parc", "cafe", "autre")[runif(3) < c(.3 + .1 * a, .5, .3)]
    rows[[id]] <- data.frame(response_id = sprintf("r%03d", id), neighbourhood = nb, audience = aud, language = "fr",
      submitted_at = "2026-05-01T12:00:00Z", age = age,
      genre = if (runif(1) < .05) "" else sample(c("f", "h", "x"), 1, prob = c(.5, .45, .05)),
      fier = scale_answer(base), dem = scale_answer(5 - base), voisins = scale_answer(base),
      lieux = paste(lieux, collapse = "|"), annees = if (runif(1) < .6) as.character(sample(0:59, 1) + 5 * a) else "")
  }
}
d <- do.call(rbind, rows)
write.csv(d, "responses.csv", row.names = FALSE, quote = FALSE, na = "")
cen <- do.call(rbind, lapply(names(census), function(nb) data.frame(neighbourhood = nb, age = ages, population = census[[nb]])))
write.csv(cen, "census.csv", row.names = FALSE, quote = FALSE)

# ---- figures: y per respondent (NA = does not count) ----
cz <- d[d$audience == "citizen", ]
num <- function(v) suppressWarnings(ifelse(v %in% c("", "NSP"), NA, as.numeric(v)))
resc <- function(v, rev) { x <- 100 * (num(v) - 1) / 3; if (rev) 100 - x else x }
items <- cbind(resc(cz$fier, FALSE), resc(cz$dem, TRUE), resc(cz$voisins, FALSE))
answered <- rowSums(!is.na(items))
score <- ifelse(answered >= 1 & 2 * answered >= 3, rowSums(items, na.rm = TRUE) / pmax(answered, 1), NA)
chosen <- function(v, code) ifelse(v == "", NA, as.numeric(sapply(strsplit(v, "|", fixed = TRUE), function(s) code %in% s)))
figs <- list()
add <- function(level, id, y, q) figs[[length(figs) + 1]] <<- list(level = level, id = id, y = y, q = q)
for (g in c("f", "h", "x")) add("choice", paste0("genre:", g), chosen(cz$genre, g), "genre")
for (q in c("fier", "dem", "voisins")) add("question", q, num(cz[[q]]), q)
for (l in c("parc", "cafe", "autre")) add("choice", paste0("lieux:", l), chosen(cz$lieux, l), "lieux")
add("question", "annees", num(cz$annees), "annees")
add("dimension", "app", score, "app")
nbs <- sort(unique(cz$neighbourhood))

# ---- unweighted portrait suppression (n of the figure; choices rest on their question's n) ----
portrait_hidden <- function(y) {
  n <- sapply(nbs, function(nb) sum(!is.na(y[cz$neighbourhood == nb])))
  hid <- n < MIN_CELL
  if (sum(hid) == 1 && any(!hid)) { shown <- which(!hid); hid[shown[which.min(n[shown])]] <- TRUE }
  c(ALL = sum(!is.na(y)) < MIN_CELL, hid)
}
profile_hidden <- portrait_hidden(ifelse(cz$age == "", NA, 1))

# ---- cells and weights ----
collapse <- function(n, N) {
  keep <- !(n == 0 & N == 0)
  cells <- lapply(which(keep), function(i) list(codes = ages[i], n = n[i], N = N[i]))
  repeat {
    if (length(cells) < 2) break
    bad <- which(sapply(cells, function(c) c$n < MIN_CELL || c$N == 0))
    if (length(bad) == 0) break
    i <- bad[1]; j <- if (i == length(cells)) i - 1 else i + 1
    a <- min(i, j); b <- max(i, j)
    cells[[a]] <- list(codes = c(cells[[a]]$codes, cells[[b]]$codes), n = cells[[a]]$n + cells[[b]]$n, N = cells[[a]]$N + cells[[b]]$N)
    cells[[b]] <- NULL
  }
  cells
}
cz$cell <- NA; cz$w <- NA
cells_of <- list()
for (nb in nbs) {
  here <- cz$neighbourhood == nb
  n <- sapply(ages, function(a) sum(cz$age[here] == a))
  cells <- collapse(n, census[[nb]]); cells_of[[nb]] <- cells
  for (c in cells) {
    who <- here & cz$age %in% c$codes
    cz$cell[who] <- paste(nb, paste(c$codes, collapse = "|")); cz$w[who] <- c$N / c$n
  }
}
weighted <- !is.na(cz$w)

# ---- one weighted figure over a set of neighbourhoods, with survey ----
Z <- 1.959963985
wilson <- function(p, n) {
  ctr <- (p + Z^2 / (2 * n)) / (1 + Z^2 / n); h <- Z / (1 + Z^2 / n) * sqrt(p * (1 - p) / n + Z^2 / (4 * n^2))
  c(if (p == 0) 0 else max(0, ctr - h), if (p == 1) 1 else min(1, ctr + h))
}
estimate <- function(f, units) {
  sel <- weighted & cz$neighbourhood %in% units
  dd <- data.frame(neighbourhood = cz$neighbourhood[sel], cell = cz$cell[sel], y = f$y[sel])
  n <- sum(!is.na(dd$y))
  if (n == 0) return(list(n = 0))
  pop <- aggregate(w ~ cell, data.frame(cell = cz$cell[sel], w = cz$w[sel]), sum); names(pop)[2] <- "Freq"
  des <- suppressWarnings(svydesign(ids = ~1, strata = ~neighbourhood, data = dd))
  des <- postStratify(des, ~cell, pop)
  m <- svymean(~y, des, na.rm = TRUE, deff = "replace")
  est <- as.vector(coef(m)); se <- as.vector(SE(m)); deff <- as.vector(deff(m))
  ys <- dd$y[!is.na(dd$y)]
  same <- length(unique(ys)) == 1
  if (n < 2 || same) { deff <- NA; neff <- NA } else if (se == 0) { deff <- 0; neff <- NA } else neff <- n / deff
  k <- length(unique(dd$neighbourhood[!is.na(dd$y)]))
  ci <- if (f$level == "choice") wilson(est, if (is.na(neff)) n else min(n, neff))
        else if (n - k >= 1) est + c(-1, 1) * qt(.975, n - k) * se else c(NA, NA)
  list(n = n, est = est, lo = ci[1], hi = ci[2], deff = deff, neff = neff,
       cellmin = min(table(dd$cell[!is.na(dd$y)])))
}

fmt <- function(x) if (is.null(x) || is.na(x)) "" else if (x == round(x) && abs(x) < 1e15) sprintf("%.0f", x) else sprintf("%.15g", x)
line <- function(nb, level, id, v, hidden) paste(c("citizen", nb, level, id,
  if (hidden) rep("", 8) else sapply(v, fmt), if (hidden) "true" else "false"), collapse = ",")
out <- c("audience,neighbourhood,level,id,n,population,weight,estimate,ci_low,ci_high,deff,n_eff,suppressed")
nb_lines <- c(); shown <- lapply(figs, function(f) character(0))
for (nb in nbs) {
  for (c in cells_of[[nb]]) nb_lines <- c(nb_lines, line(nb, "weight", paste(c$codes, collapse = "|"),
    list(c$n, c$N, if (c$n > 0) c$N / c$n else NA, NA, NA, NA, NA, NA), profile_hidden[[nb]] || c$n < MIN_CELL))
  for (i in seq_along(figs)) {
    f <- figs[[i]]; e <- estimate(f, nb)
    hidden <- profile_hidden[[nb]] || portrait_hidden(f$y)[[nb]] || e$n < MIN_CELL || (e$n > 0 && e$cellmin < MIN_CELL)
    if (!hidden) shown[[i]] <- c(shown[[i]], nb)
    nb_lines <- c(nb_lines, line(nb, f$level, f$id, list(e$n, NA, NA, e$est, e$lo, e$hi, e$deff, e$neff), hidden))
  }
}
for (i in seq_along(figs)) {
  f <- figs[[i]]; e <- if (length(shown[[i]]) > 0) estimate(f, shown[[i]]) else list(n = 0)
  hidden <- portrait_hidden(f$y)[["ALL"]] || e$n < MIN_CELL
  out <- c(out, line("ALL", f$level, f$id, list(e$n, NA, NA, e$est, e$lo, e$hi, e$deff, e$neff), hidden))
}
writeLines(c(out, nb_lines), "expected-weighted.csv")
