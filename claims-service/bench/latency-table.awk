# The latency table of both claims benchmarks. Input: one line per scenario, size (10k or 1M) and round:
# "scenario size p50 p99" in ms. Prints per scenario the medians over rounds of p50 and p99, the worst round's 1M p99
# and the ratio of the median p99s, then which scenarios meet the targets. -v measured="..." names what was timed.
function median(list,    a, n, t, i, j) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j > 0 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{
    if (!($1 in seen)) { seen[$1] = 1; order[++scenarios] = $1 }
    p50[$1, $2] = p50[$1, $2] " " $3; p99[$1, $2] = p99[$1, $2] " " $4
    if ($2 == "1M" && $4 > worst[$1]) worst[$1] = $4
}
END {
    printf "%-24s %9s %9s %9s %9s %13s %10s\n", "scenario", "10k p50", "10k p99", "1M p50", "1M p99",
           "1M worst p99", "p99 ratio"
    for (i = 1; i <= scenarios; i++) {
        s = order[i]; small = median(p99[s, "10k"]); large = median(p99[s, "1M"]); ratio = large / small
        printf "%-24s %9.2f %9.2f %9.2f %9.2f %13.2f %10.2f\n", s, median(p50[s, "10k"]), small,
               median(p50[s, "1M"]), large, worst[s], ratio
        fast = fast (large <= 20 ? " " s : ""); slow = slow (large <= 20 ? "" : " " s)
        flat = flat (ratio <= 2 ? " " s : ""); steep = steep (ratio <= 2 ? "" : " " s)
    }
    printf "\n(ms, %s; medians over rounds; ratio = median 1M p99 / median 10k p99)\n", measured
    printf "1M p99 <= 20 ms: met by%s, missed by%s; ratio <= 2: met by%s, missed by%s\n",
           fast == "" ? " none" : fast, slow == "" ? " none" : slow,
           flat == "" ? " none" : flat, steep == "" ? " none" : steep
}
