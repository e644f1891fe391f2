// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingtable.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace ev {

//! One answer offered in a quiz question: a row of E, or (as a trap) a column.
struct QuizChoice
{
    enum class Source { Row, Column };
    Source source = Source::Row;
    Index number = 0;
    //! That row's or column's values, written out.
    QString values;
    //! What the answer shows: the values, or the index it names.
    QString text;
};

//! A "predict, then reveal" question about the table: X's 1 sits at \c index.
struct QuizQuestion
{
    enum class Kind {
        //! Given the index, which values will X·E hold?
        ValuesForIndex,
        //! Given the values of X·E, where is the 1 in X?
        IndexForValues,
    };
    Kind kind = Kind::ValuesForIndex;
    Index index = 0;
    //! The values of row \c index, as the question and the verdict write them.
    QString values;
    QList<QuizChoice> choices;
    //! The position of the right answer in \c choices.
    int answer = 0;
};

/*!
 * \brief Makes quiz questions from a seed, so that a seed gives the same questions everywhere.
 *
 * The wrong answers are the usual mistakes where the table allows them: the row before and the
 * row after (counting rows from 1 rather than 0) and, when asked for values, the column with the
 * index's number (taking a column of E for a row); then other rows. No two answers read alike.
 */
class QuizMaker
{
    Q_DECLARE_TR_FUNCTIONS(QuizMaker)

public:
    //! At most this many answers are offered, so the number keys 1 to 4 choose them.
    static constexpr int s_choiceCount = 4;
    //! Values written out per answer before "…".
    static constexpr Index s_valuesShown = 6;

    explicit QuizMaker(quint32 seed = 0) : m_random(seed) { }
    void reseed(quint32 seed) { m_random.seed(seed); }

    /*!
     * \returns a new question about \a table, whose values are written in \a format; never the
     * same kind about the same index as the question before. A question that asks for the index
     * avoids \a shownIndex, which X shows while the question is open.
     */
    QuizQuestion next(const EmbeddingTable &table, NumberFormat format, Index shownIndex);

    //! \returns the first s_valuesShown of \a values, written in \a format, then "…" if longer.
    static QString writeValues(const Eigen::RowVectorXd &values, NumberFormat format);

private:
    QuizQuestion draw(const EmbeddingTable &table, Index shownIndex);
    void addChoices(QuizQuestion *question, const EmbeddingTable &table, NumberFormat format);
    void shuffle(QuizQuestion *question);

    QRandomGenerator m_random;
    bool m_hasPrevious = false;
    QuizQuestion::Kind m_previousKind = QuizQuestion::Kind::ValuesForIndex;
    Index m_previousIndex = -1;
};

} // namespace ev
