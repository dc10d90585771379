package no.newsroom.claims.extraction;

/** True positives, predictions and gold items of one measure, and the precision, recall and F1 they give. */
record Score(int truePositives, int predicted, int expected) {

    static Score empty() {
        return new Score(0, 0, 0);
    }

    Score plus(int moreTruePositives, int morePredicted, int moreExpected) {
        return new Score(truePositives + moreTruePositives, predicted + morePredicted, expected + moreExpected);
    }

    /** Nothing predicted counts as perfectly precise: no false positive was made. */
    double precision() {
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    double f1() {
        double sum = precision() + recall();
        return sum == 0 ? 0 : 2 * precision() * recall() / sum;
    }
}
