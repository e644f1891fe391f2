// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <random>

namespace ev {

/*!
 * \brief Draws standard normal values (mean 0, standard deviation 1) from a seed, the same
 * sequence on every compiler and platform.
 *
 * std::normal_distribution may differ between standard libraries, so the transform is our own:
 * Marsaglia's polar method on std::mt19937_64, whose output the C++ standard fixes. The method
 * needs only +, −, ×, ÷, √ (all exactly rounded by IEEE 754) and a logarithm, which
 * naturalLogarithm() computes from those same operations rather than the platform's libm.
 */
class StandardNormalGenerator
{
public:
    explicit StandardNormalGenerator(std::uint64_t seed);

    //! \returns the next value of the sequence.
    double next();

private:
    double nextUniformInOpenSquare();

    std::mt19937_64 m_engine;
    std::optional<double> m_spare;
};

/*!
 * \returns ln(\a x) for a positive finite \a x, within a few units in the last place, computed
 * with the same operations on every platform.
 */
double naturalLogarithm(double x);

} // namespace ev
