// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "quizmaker.h"

namespace ev {

namespace {

QString indexName(const EmbeddingTable &table, Index row)
{
    return table.labels().isEmpty()
        ? QuizMaker::tr("index %1").arg(row)
        : QuizMaker::tr("index %1 (%2)").arg(row).arg(table.labels().at(row));
}

// The first values of column \a column, one more than are written, so "…" still shows.
Eigen::RowVectorXd columnStart(const EmbeddingTable &table, Index column)
{
    Eigen::RowVectorXd values(std::min(table.numEmbeddings(), QuizMaker::s_valuesShown + 1));
    for (Index row = 0; row < values.size(); ++row)
        values(row) = table.value(row, column);
    return values;
}

} // namespace

QString QuizMaker::writeValues(const Eigen::RowVectorXd &values, NumberFormat format)
{
    QStringList texts;
    for (Index i = 0; i < std::min(values.size(), s_valuesShown); ++i)
        texts << format.format(values(i));
    if (values.size() > s_valuesShown)
        texts << QStringLiteral("…");
    return texts.join(QStringLiteral(", "));
}

QuizQuestion QuizMaker::next(const EmbeddingTable &table, NumberFormat format, Index shownIndex)
{
    QuizQuestion question = draw(table, shownIndex);
    question.values = writeValues(table.row(question.index), format);
    addChoices(&question, table, format);
    shuffle(&question);
    m_hasPrevious = true;
    m_previousKind = question.kind;
    m_previousIndex = question.index;
    return question;
}

QuizQuestion QuizMaker::draw(const EmbeddingTable &table, Index shownIndex)
{
    const int rows = int(std::min<Index>(table.numEmbeddings(), INT_MAX));
    QuizQuestion question;
    // A few draws find a new question at once; a one-row table has only two, so it alternates.
    for (int attempt = 0; attempt < 64; ++attempt) {
        question.kind = m_random.bounded(2) == 0 ? QuizQuestion::Kind::ValuesForIndex
                                                 : QuizQuestion::Kind::IndexForValues;
        question.index = m_random.bounded(rows);
        const bool repeated
            = m_hasPrevious && question.kind == m_previousKind && question.index == m_previousIndex;
        const bool givenAway = question.kind == QuizQuestion::Kind::IndexForValues
            && question.index == shownIndex && rows > 1;
        if (!repeated && !givenAway)
            return question;
    }
    question.kind = m_previousKind == QuizQuestion::Kind::ValuesForIndex
        ? QuizQuestion::Kind::IndexForValues
        : QuizQuestion::Kind::ValuesForIndex;
    question.index = (shownIndex + 1) % rows;
    return question;
}

void QuizMaker::addChoices(QuizQuestion *question, const EmbeddingTable &table, NumberFormat format)
{
    const Index index = question->index;
    const bool asksValues = question->kind == QuizQuestion::Kind::ValuesForIndex;
    QList<QuizChoice> candidates;
    candidates << QuizChoice {QuizChoice::Source::Row, index, {}, {}};
    for (const Index row : {index - 1, index + 1}) {
        if (row >= 0 && row < table.numEmbeddings())
            candidates << QuizChoice {QuizChoice::Source::Row, row, {}, {}};
    }
    if (asksValues && index < table.embeddingDimensions())
        candidates << QuizChoice {QuizChoice::Source::Column, index, {}, {}};
    // Enough other rows that repeated values in a file's table still leave four answers.
    const int rows = int(std::min<Index>(table.numEmbeddings(), INT_MAX));
    for (int extra = 0; extra < 4 * s_choiceCount; ++extra)
        candidates << QuizChoice {QuizChoice::Source::Row, m_random.bounded(rows), {}, {}};

    // Answers that read alike, by their values, cannot be told apart: keep the first.
    QStringList valuesSeen;
    for (QuizChoice &choice : candidates) {
        choice.values = choice.source == QuizChoice::Source::Row
            ? writeValues(table.row(choice.number), format)
            : writeValues(columnStart(table, choice.number), format);
        if (valuesSeen.contains(choice.values))
            continue;
        valuesSeen << choice.values;
        choice.text = asksValues ? choice.values : indexName(table, choice.number);
        question->choices << choice;
        if (question->choices.size() == s_choiceCount)
            break;
    }
    question->answer = 0;
}

void QuizMaker::shuffle(QuizQuestion *question)
{
    QList<QuizChoice> &choices = question->choices;
    for (qsizetype i = choices.size() - 1; i > 0; --i) {
        const qsizetype j = m_random.bounded(int(i + 1));
        choices.swapItemsAt(i, j);
        if (question->answer == i)
            question->answer = int(j);
        else if (question->answer == j)
            question->answer = int(i);
    }
}

} // namespace ev
