// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "standardnormal.h"

#include <QtGlobal>

#include <cmath>

namespace ev {

StandardNormalGenerator::StandardNormalGenerator(std::uint64_t seed) : m_engine(seed) { }

double StandardNormalGenerator::next()
{
    if (m_spare) {
        const double value = *m_spare;
        m_spare.reset();
        return value;
    }

    double u = 0;
    double v = 0;
    double s = 0;
    do {
        u = nextUniformInOpenSquare();
        v = nextUniformInOpenSquare();
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);

    const double factor = std::sqrt(-2.0 * naturalLogarithm(s) / s);
    m_spare = v * factor;
    return u * factor;
}

// A value in [−1, 1) from the top 53 bits of one engine output: exact in a double.
double StandardNormalGenerator::nextUniformInOpenSquare()
{
    const double unit = double(m_engine() >> 11) * 0x1.0p-53;
    return 2.0 * unit - 1.0;
}

double naturalLogarithm(double x)
{
    Q_ASSERT_X(x > 0 && std::isfinite(x), "naturalLogarithm", "needs a positive finite value");

    // x = m · 2^e with m in [√½, √2), then ln m = 2·atanh(z) with z = (m − 1)/(m + 1), |z| < 0.172.
    int exponent = 0;
    double mantissa = std::frexp(x, &exponent);
    if (mantissa < 0.70710678118654752440) {
        mantissa *= 2.0;
        --exponent;
    }
    const double z = (mantissa - 1.0) / (mantissa + 1.0);
    const double z2 = z * z;

    // z² < 0.0295, so the series' 15th term is below 1e-24 of the first.
    double series = 0.0;
    for (int k = 29; k >= 1; k -= 2)
        series = series * z2 + 1.0 / double(k);

    constexpr double ln2 = 0.693147180559945309417;
    return double(exponent) * ln2 + 2.0 * z * series;
}

} // namespace ev
