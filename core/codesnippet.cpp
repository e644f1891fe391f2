// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "codesnippet.h"

#include <QStringList>

#include <charconv>
#include <cmath>

namespace ev {

namespace {

using namespace Qt::StringLiterals;

// Enough digits to read back the same value: 17 for float64, 9 for float32.
constexpr int s_float64Digits = 17;
constexpr int s_float32Digits = 9;
// Labels are listed this many to a line, so a long list stays readable.
constexpr qsizetype s_labelsPerLine = 8;

// How each library names what the snippet needs.
struct Library
{
    QString import;
    QString module;
    QString tableName; // The table as a variable: E, or the weight the layer is built from.
    QString nan;
    QString inf;
};

Library libraryFor(CodeLanguage language)
{
    if (language == CodeLanguage::NumPy)
        return {u"import numpy as np"_s, u"np"_s, u"E"_s, u"np.nan"_s, u"np.inf"_s};
    return {u"import torch"_s, u"torch"_s, u"weight"_s, u"math.nan"_s, u"math.inf"_s};
}

// Whether the table is the lesson's 1, 2, …, V·D row by row, which arange() rebuilds exactly.
bool isSimple(const EmbeddingTable &table)
{
    if (!table.holdsWholeNumbersOnly())
        return false;
    return table.visit([](const auto &values) {
        const Index count = values.size();
        return (values.template cast<double>().template reshaped<Eigen::RowMajor>().array()
            == Eigen::ArrayXd::LinSpaced(count, 1, double(count)))
            .all();
    });
}

bool allFinite(const EmbeddingTable &table)
{
    return table.visit([](const auto &values) { return values.allFinite(); });
}

// A Python float literal that reads back as exactly \a value in \a precision; never an int
// literal, which would lose the sign of -0.0.
QString pythonNumber(double value, Precision precision, const Library &library)
{
    if (std::isnan(value))
        return library.nan;
    if (std::isinf(value))
        return value > 0 ? library.inf : u'-' + library.inf;

    char text[32];
    const int digits = precision == Precision::Float32 ? s_float32Digits : s_float64Digits;
    const auto [end, error]
        = std::to_chars(text, text + sizeof text, value, std::chars_format::general, digits);
    Q_ASSERT(error == std::errc());
    QString number = QString::fromLatin1(text, end - text);
    if (!number.contains(u'.') && !number.contains(u'e'))
        number += u".0"_s;
    return number;
}

// A Python string literal holding \a text exactly.
QString pythonString(const QString &text)
{
    QString quoted = u"\""_s;
    for (const QChar character : text) {
        if (character == u'\\' || character == u'"')
            quoted += u'\\' + character;
        else if (character.unicode() < 0x20 || character.unicode() == 0x7f)
            quoted += u"\\x%1"_s.arg(character.unicode(), 2, 16, QChar(u'0'));
        else
            quoted += character;
    }
    return quoted + u'"';
}

QString labelList(const QStringList &labels)
{
    QStringList lines;
    for (qsizetype first = 0; first < labels.size(); first += s_labelsPerLine) {
        QStringList quoted;
        for (const QString &label : labels.mid(first, s_labelsPerLine))
            quoted << pythonString(label);
        lines << u"    "_s + quoted.join(u", "_s) + u',';
    }
    return u"labels = [  # row i of the table stands for labels[i]\n"_s + lines.join(u'\n')
        + u"\n]\n"_s;
}

QString dtypeOf(const EmbeddingTable &table, const Library &library)
{
    return library.module + u'.' + precisionName(table.precision());
}

QString tableDefinition(const EmbeddingTable &table, const Library &library)
{
    const QString dtype = dtypeOf(table, library);
    if (isSimple(table))
        return u"%1 = %2.arange(1, num_embeddings * embedding_dimensions + 1, dtype=%3).reshape(\n"
               "    num_embeddings, embedding_dimensions)\n"_s.arg(
                   library.tableName, library.module, dtype);

    QString rows;
    for (Index i = 0; i < table.numEmbeddings(); ++i) {
        const Eigen::RowVectorXd row = table.row(i);
        QStringList values;
        for (Index j = 0; j < row.size(); ++j)
            values << pythonNumber(row(j), table.precision(), library);
        rows += u"    ["_s + values.join(u", "_s) + u"],\n"_s;
    }
    const QString constructor = library.module == u"np"_s ? u"np.array"_s : u"torch.tensor"_s;
    return u"%1 = %2([\n%3], dtype=%4)\n"_s.arg(library.tableName, constructor, rows, dtype);
}

QString header(const EmbeddingTable &table, Index index, const Library &library)
{
    QString text = u"# Embedding Visualiser: the %1 × %2 %3 embedding table and X·E, the one-hot "
                   "lookup of index %4.\n"_s.arg(table.numEmbeddings())
                       .arg(table.embeddingDimensions())
                       .arg(precisionName(table.precision()))
                       .arg(index);
    if (!allFinite(table) && library.module == u"torch"_s)
        text += u"import math\n"_s;
    text += library.import + u"\n\n"_s;
    text += u"num_embeddings, embedding_dimensions = %1, %2\n"_s.arg(table.numEmbeddings())
                .arg(table.embeddingDimensions());
    if (!table.labels().isEmpty())
        text += labelList(table.labels());
    return text;
}

QString indexLine(const EmbeddingTable &table, Index index)
{
    if (table.labels().isEmpty())
        return u"index = %1\n"_s.arg(index);
    return u"index = %1  # %2\n"_s.arg(index).arg(pythonString(table.labels().at(index)));
}

// 0 times an infinity or NaN in another row is NaN, so then X·E need not equal the lookup.
QString comparison(const EmbeddingTable &table, const QString &assertion)
{
    if (allFinite(table))
        return assertion + u"  # multiplying by a one-hot vector looks up one row\n"_s;
    return u"# No assert that X·E equals the lookup: E holds an infinity or NaN, "
           "and 0 times those is NaN.\n"_s;
}

QString numpySnippet(const EmbeddingTable &table, Index index)
{
    const Library library = libraryFor(CodeLanguage::NumPy);
    return header(table, index, library) + tableDefinition(table, library) + indexLine(table, index)
        + u"X = np.zeros(num_embeddings, dtype=E.dtype)  # the one-hot vector: 0 but a 1 at index\n"
          "X[index] = 1\n"
          "output = X @ E\n"_s
        + comparison(table, u"assert np.array_equal(output, E[index])"_s)
        + u"for value in output.tolist():\n"
          "    print(repr(value))\n"_s;
}

QString pytorchSnippet(const EmbeddingTable &table, Index index)
{
    const Library library = libraryFor(CodeLanguage::PyTorch);
    return header(table, index, library) + tableDefinition(table, library)
        + u"embedding = torch.nn.Embedding.from_pretrained(weight)  # E is its weight\n"_s
        + indexLine(table, index)
        + u"X = torch.zeros(num_embeddings, dtype=weight.dtype)  # the one-hot vector\n"
          "X[index] = 1\n"
          "output = X @ embedding.weight\n"
          "lookup = embedding(torch.tensor(index))  # what the layer does: read row index\n"_s
        + comparison(table, u"assert torch.equal(output, lookup)"_s)
        + u"for value in output.tolist():\n"
          "    print(repr(value))\n"_s;
}

} // namespace

QString codeLanguageName(CodeLanguage language)
{
    return language == CodeLanguage::NumPy ? u"numpy"_s : u"pytorch"_s;
}

std::optional<CodeLanguage> codeLanguageFromName(const QString &name)
{
    for (const CodeLanguage language : {CodeLanguage::NumPy, CodeLanguage::PyTorch})
        if (name == codeLanguageName(language))
            return language;
    return std::nullopt;
}

Result<QString> codeSnippet(const EmbeddingTable &table, Index index, CodeLanguage language)
{
    Q_ASSERT_X(index >= 0 && index < table.numEmbeddings(), "codeSnippet",
        "index out of range; check it with indexProblem() first");

    const Index values = table.numEmbeddings() * table.embeddingDimensions();
    if (values > s_maxSnippetValues && !isSimple(table))
        return Result<QString>::failure(
            u"this table holds %1 × %2 = %3 values, too many to write out as code (at most %4): "
            "save it as .npy and load that with numpy.load instead"_s.arg(table.numEmbeddings())
                .arg(table.embeddingDimensions())
                .arg(values)
                .arg(s_maxSnippetValues));

    return language == CodeLanguage::NumPy ? numpySnippet(table, index)
                                           : pytorchSnippet(table, index);
}

} // namespace ev
