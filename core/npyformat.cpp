// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "npyformat.h"

#include "logging.h"
#include "mappedfileguard.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>

namespace ev {

using namespace Qt::StringLiterals;

namespace {

constexpr char s_magic[] = "\x93NUMPY";
constexpr qint64 s_magicSize = 6;
constexpr bool s_littleEndianHost = std::endian::native == std::endian::little;
constexpr std::uint64_t s_smallestMappedBytes = std::uint64_t(64) << 20;

// What the header's 'descr' says about each value.
struct ElementType
{
    char kind = 0; // 'f' float, 'i' signed, 'u' unsigned
    int size = 0; // bytes
    bool littleEndian = true;
};

struct Header
{
    ElementType type;
    bool fortranOrder = false;
    qint64 rows = 0;
    qint64 columns = 0;
    qint64 dataOffset = 0;
};

using HeaderResult = Result<Header>;

std::optional<QString> readElementType(const QString &descr, ElementType *type)
{
    static const QRegularExpression pattern(QStringLiteral("^([<>|=]?)([a-zA-Z])(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(descr);
    if (!match.hasMatch()) {
        if (descr.contains(u'O'))
            return QStringLiteral("holds Python objects (dtype '%1'), which would have to be "
                                  "unpickled; only arrays of numbers are read")
                .arg(descr);
        return QStringLiteral("has the data type '%1', which is not an array of numbers")
            .arg(descr);
    }

    const QString order = match.captured(1);
    type->kind = match.captured(2).at(0).toLatin1();
    type->size = match.captured(3).toInt();
    type->littleEndian = order == u'<' || ((order == u'=' || order.isEmpty()) && s_littleEndianHost)
        || order == u'|';

    const bool isFloat = type->kind == 'f' && (type->size == 4 || type->size == 8);
    const bool isInteger = (type->kind == 'i' || type->kind == 'u')
        && (type->size == 1 || type->size == 2 || type->size == 4 || type->size == 8);
    if (type->kind == 'O')
        return QStringLiteral("holds Python objects (dtype '%1'), which would have to be "
                              "unpickled; only arrays of numbers are read")
            .arg(descr);
    if (!isFloat && !isInteger)
        return QStringLiteral("has the data type '%1'; float32, float64 and integer arrays can "
                              "be read")
            .arg(descr);
    return std::nullopt;
}

// Each key a .npy header must hold, once: NumPy's dict would keep the last of two, and reading
// the first instead would show another table than NumPy does.
std::optional<QString> keysProblem(const QString &text)
{
    QStringList missing;
    for (const QString &key : {u"descr"_s, u"fortran_order"_s, u"shape"_s}) {
        const QRegularExpression pattern(u"['\"]"_s + key + u"['\"]\\s*:"_s);
        int count = 0;
        for (auto matches = pattern.globalMatch(text); matches.hasNext(); matches.next())
            ++count;
        if (count > 1)
            return QStringLiteral("has a header that gives '%1' %2 times; a .npy header gives "
                                  "each of 'descr', 'fortran_order' and 'shape' once")
                .arg(key)
                .arg(count);
        if (count == 0)
            missing << u'\'' + key + u'\'';
    }
    if (missing.isEmpty())
        return std::nullopt;
    const QString last = missing.takeLast();
    const QString named = missing.isEmpty() ? last : missing.join(u", ") + u" and " + last;
    return QStringLiteral("has a header without %1; a .npy header holds 'descr', "
                          "'fortran_order' and 'shape': %2")
        .arg(named, quotedForMessage(text.trimmed().toUtf8()));
}

// The header is a Python dict literal: {'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }
HeaderResult readHeaderText(const QString &text, Header header)
{
    static const QRegularExpression descrPattern(
        QStringLiteral("['\"]descr['\"]\\s*:\\s*['\"]([^'\"]*)['\"]"));
    static const QRegularExpression orderPattern(
        QStringLiteral("['\"]fortran_order['\"]\\s*:\\s*(True|False)"));
    static const QRegularExpression shapePattern(
        QStringLiteral("['\"]shape['\"]\\s*:\\s*\\(([^)]*)\\)"));

    if (auto problem = keysProblem(text))
        return HeaderResult::failure(*problem);
    const QRegularExpressionMatch descr = descrPattern.match(text);
    const QRegularExpressionMatch order = orderPattern.match(text);
    const QRegularExpressionMatch shape = shapePattern.match(text);
    // A structured array's descr is a list of named fields: "[('x', '<f4'), ('y', '<f4')]".
    static const QRegularExpression fieldsPattern(QStringLiteral("['\"]descr['\"]\\s*:\\s*\\["));
    if (fieldsPattern.match(text).hasMatch())
        return HeaderResult::failure(
            QStringLiteral("holds a structured array (rows of named fields); only plain arrays "
                           "of numbers can be read: save a plain array, e.g. with "
                           "numpy.lib.recfunctions.structured_to_unstructured"));
    if (!descr.hasMatch() || !order.hasMatch() || !shape.hasMatch())
        return HeaderResult::failure(
            QStringLiteral("has a header whose descr, fortran_order or shape cannot be read: %1")
                .arg(quotedForMessage(text.trimmed().toUtf8())));

    if (auto problem = readElementType(descr.captured(1), &header.type))
        return HeaderResult::failure(*problem);
    header.fortranOrder = order.captured(1) == u"True";

    QStringList sides = shape.captured(1).split(u',', Qt::SkipEmptyParts);
    for (QString &side : sides)
        side = side.trimmed();
    sides.removeAll(QString());
    if (sides.size() != 2)
        return HeaderResult::failure(
            QStringLiteral("holds an array of shape (%1), but an embedding table must be "
                           "2-D: rows × columns")
                .arg(shape.captured(1).trimmed()));

    bool rowsOk = false;
    bool columnsOk = false;
    header.rows = sides[0].toLongLong(&rowsOk);
    header.columns = sides[1].toLongLong(&columnsOk);
    if (!rowsOk || !columnsOk || header.rows < 0 || header.columns < 0)
        return HeaderResult::failure(
            QStringLiteral("declares the shape (%1), which is not two sizes")
                .arg(shape.captured(1).trimmed()));
    if (header.rows == 0 || header.columns == 0)
        return HeaderResult::failure(
            QStringLiteral("holds an empty array of shape (%1, %2); a table needs at least 1 "
                           "row and 1 column")
                .arg(header.rows)
                .arg(header.columns));
    return header;
}

HeaderResult readHeader(const uchar *bytes, qint64 fileSize)
{
    if (std::memcmp(bytes, s_magic, std::size_t(std::min<qint64>(fileSize, s_magicSize))) != 0)
        return HeaderResult::failure(
            QStringLiteral("is not a NumPy .npy file: it does not start with \\x93NUMPY"));
    if (fileSize < s_magicSize + 4)
        return HeaderResult::failure(
            QStringLiteral("is truncated: it ends after %1 bytes, inside its header")
                .arg(fileSize));

    const int major = bytes[6];
    const int minor = bytes[7];
    if (major < 1 || major > 3 || minor != 0)
        return HeaderResult::failure(QStringLiteral("uses .npy format version %1.%2; versions "
                                                    "1.0, 2.0 and 3.0 can be read")
                                         .arg(major)
                                         .arg(minor));

    // Version 1 stores the header length in 2 bytes, later versions in 4; both little-endian.
    const qint64 lengthSize = major == 1 ? 2 : 4;
    if (fileSize < s_magicSize + 2 + lengthSize)
        return HeaderResult::failure(QStringLiteral("is truncated inside its header"));
    qint64 headerLength = 0;
    for (qint64 i = lengthSize - 1; i >= 0; --i)
        headerLength = headerLength * 256 + bytes[s_magicSize + 2 + i];

    Header header;
    header.dataOffset = s_magicSize + 2 + lengthSize + headerLength;
    if (header.dataOffset > fileSize)
        return HeaderResult::failure(
            QStringLiteral("is truncated: its header claims %1 bytes, but the file ends "
                           "after %2")
                .arg(headerLength)
                .arg(fileSize - s_magicSize - 2 - lengthSize));

    const auto *text = reinterpret_cast<const char *>(bytes + s_magicSize + 2 + lengthSize);
    const QString headerText = major == 3 ? QString::fromUtf8(text, headerLength)
                                          : QString::fromLatin1(text, headerLength);
    return readHeaderText(headerText, header);
}

template<typename Target>
Target readElement(const uchar *source, const ElementType &type)
{
    unsigned char bytes[8];
    std::memcpy(bytes, source, std::size_t(type.size));
    if (type.littleEndian != s_littleEndianHost)
        std::reverse(bytes, bytes + type.size);

    const auto as = [&]<typename Stored>(Stored) {
        Stored value;
        std::memcpy(&value, bytes, sizeof value);
        return Target(value);
    };
    switch (type.kind) {
    case 'f':
        return type.size == 4 ? as(float()) : as(double());
    case 'i':
        switch (type.size) {
        case 1:
            return as(std::int8_t());
        case 2:
            return as(std::int16_t());
        case 4:
            return as(std::int32_t());
        default:
            return as(std::int64_t());
        }
    default:
        switch (type.size) {
        case 1:
            return as(std::uint8_t());
        case 2:
            return as(std::uint16_t());
        case 4:
            return as(std::uint32_t());
        default:
            return as(std::uint64_t());
        }
    }
}

// Copies the first \a rows rows into row-major Target values, swapping bytes and transposing
// from Fortran order as the header says.
template<typename Target>
void convert(const uchar *data, const Header &header, qint64 rows, Target *target)
{
    const qint64 columns = header.columns;
    const int size = header.type.size;
    for (qint64 row = 0; row < rows; ++row) {
        for (qint64 column = 0; column < columns; ++column) {
            const qint64 stored
                = header.fortranOrder ? column * header.rows + row : row * columns + column;
            target[row * columns + column] = readElement<Target>(data + stored * size, header.type);
        }
    }
}

// float64 holds every integer up to 2^53 exactly, and only some beyond: an int64 or uint64 value
// that would round is refused rather than shown changed.
std::optional<QString> inexactInteger(const uchar *data, const Header &header, qint64 rows)
{
    if (header.type.kind == 'f' || header.type.size != 8)
        return std::nullopt;
    for (qint64 row = 0; row < rows; ++row) {
        for (qint64 column = 0; column < header.columns; ++column) {
            const qint64 stored
                = header.fortranOrder ? column * header.rows + row : row * header.columns + column;
            const uchar *source = data + stored * 8;
            QString text;
            double rounded = 0;
            if (header.type.kind == 'i') {
                const auto value = readElement<std::int64_t>(source, header.type);
                rounded = double(value);
                // 2^63 itself is past int64, so only values below it can convert back.
                if (rounded < 0x1p63 && std::int64_t(rounded) == value)
                    continue;
                text = QString::number(value);
            } else {
                const auto value = readElement<std::uint64_t>(source, header.type);
                rounded = double(value);
                if (rounded < 0x1p64 && std::uint64_t(rounded) == value)
                    continue;
                text = QString::number(value);
            }
            return QStringLiteral("holds the %1 value %2 at E[%3, %4], which float64, the widest "
                                  "type a table holds, would round to %5 (whole numbers beyond "
                                  "2^53 = 9007199254740992 are not all exact in float64); "
                                  "convert the array with .astype(numpy.float64) to accept the "
                                  "rounding")
                .arg(header.type.kind == 'i' ? QStringLiteral("int64") : QStringLiteral("uint64"),
                    text)
                .arg(row)
                .arg(column)
                .arg(QString::number(rounded, 'f', 0));
        }
    }
    return std::nullopt;
}

// float32 stays float32; everything else becomes float64.
Precision precisionOf(const Header &header)
{
    return header.type.kind == 'f' && header.type.size == 4 ? Precision::Float32
                                                            : Precision::Float64;
}

// A mapped file that another program rewrites (np.save truncates it first) makes the next read
// of a page past its new end kill us with SIGBUS. Tables that copy in a blink are therefore
// copied, and only large ones, which classes rarely rewrite, are mapped.
bool isMappable(const Header &header, const uchar *data)
{
    const auto bytes = checkedBytes(header.rows, header.columns, header.type.size);
    return header.type.kind == 'f' && header.type.littleEndian == s_littleEndianHost
        && !header.fortranOrder
        && reinterpret_cast<quintptr>(data) % std::uintptr_t(header.type.size) == 0 && bytes
        && *bytes >= s_smallestMappedBytes;
}

// The mapped file, and a guard that keeps a later shortening of it from ending the program, for
// as long as a table reads from it.
std::shared_ptr<const void> guarded(
    std::shared_ptr<QFile> file, const uchar *data, std::uint64_t bytes)
{
    struct GuardedFile
    {
        GuardedFile(std::shared_ptr<QFile> mapped, const uchar *data, std::uint64_t bytes)
            : file(std::move(mapped)), guard(data, std::size_t(bytes))
        { }
        std::shared_ptr<QFile> file;
        MappedRangeGuard guard;
    };
    return std::make_shared<GuardedFile>(std::move(file), data, bytes);
}

// A write cut short (by the file size limit, say) sets no error; the next one fails and says why.
bool writeWhole(QIODevice &device, const char *data, qint64 size)
{
    for (qint64 written = 0; written < size;) {
        const qint64 count = device.write(data + written, size - written);
        if (count <= 0)
            return false;
        written += count;
    }
    return true;
}

} // namespace

std::optional<LoadEstimate> estimateNpy(const QString &path)
{
    QFile file(path);
    if (notARegularFile(path) || !file.open(QIODevice::ReadOnly) || file.size() == 0)
        return std::nullopt;
    const uchar *bytes = file.map(0, file.size());
    if (!bytes)
        return std::nullopt;
    const HeaderResult header = readHeader(bytes, file.size());
    if (!header)
        return std::nullopt;
    LoadEstimate estimate;
    estimate.rows = header.value().rows;
    estimate.columns = header.value().columns;
    estimate.precision = precisionOf(header.value());
    estimate.exactRows = true;
    estimate.memoryMapped = isMappable(header.value(), bytes + header.value().dataOffset);
    return estimate;
}

Result<LoadedTable> readNpy(const QString &path, const LoadOptions &options)
{
    using Failure = Result<LoadedTable>;
    if (auto problem = notARegularFile(path))
        return Failure::failure(*problem);
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Failure::failure(fileProblem(path, file->errorString()));

    const qint64 fileSize = file->size();
    if (fileSize == 0)
        return Failure::failure(emptyFileProblem(*file, path));
    // Mapping costs nothing until pages are touched, so even a huge file maps at once.
    const uchar *bytes = file->map(0, fileSize);
    if (!bytes)
        return Failure::failure(fileProblem(path, file->errorString()));

    const HeaderResult parsed = readHeader(bytes, fileSize);
    if (!parsed)
        return Failure::failure(fileProblem(path, parsed.errorMessage()));
    const Header &header = parsed.value();

    const std::optional<std::uint64_t> declared
        = checkedBytes(header.rows, header.columns, header.type.size);
    const std::uint64_t available = std::uint64_t(fileSize - header.dataOffset);
    if (!declared || *declared > available)
        return Failure::failure(fileProblem(path,
            QStringLiteral("is truncated: its header declares %1 × %2 values of %3 bytes, "
                           "%4 in all, but only %5 of data follow")
                .arg(header.rows)
                .arg(header.columns)
                .arg(header.type.size)
                .arg(formatBytes(double(header.rows) * double(header.columns) * header.type.size),
                    formatBytes(double(available)))));

    const qint64 rows = std::min<qint64>(header.rows, options.maxRows.value_or(header.rows));
    const uchar *data = bytes + header.dataOffset;
    const Precision precision = precisionOf(header);
    if (isMappable(header, data)) {
        qCDebug(lcCoreTable) << "mapped" << path;
        return LoadedTable {EmbeddingTable::wrap(guarded(file, data, *declared), data, rows,
                                header.columns, precision),
            0, {}, true};
    }

    if (auto problem = inexactInteger(data, header, rows))
        return Failure::failure(fileProblem(path, *problem));
    // Byte-swapped, transposed or integer values are converted into memory of our own; the
    // mapping goes when `file` does, at the end of this function.
    auto converted = EmbeddingTable::generate(
        rows, header.columns, precision,
        [&](auto &values) { convert(data, header, rows, values.data()); },
        options.memoryLimitBytes);
    if (!converted)
        return Failure::failure(fileProblem(path, converted.errorMessage()));
    return LoadedTable {std::move(converted).value(), 0, {}, false};
}

QString writeNpy(const EmbeddingTable &table, const QString &path)
{
    const char order = s_littleEndianHost ? '<' : '>';
    const int valueSize = bytesPerValue(table.precision());
    QByteArray header = QByteArrayLiteral("{'descr': '") + order + (valueSize == 4 ? "f4" : "f8")
        + "', 'fortran_order': False, 'shape': ("
        + QByteArray::number(qint64(table.numEmbeddings())) + ", "
        + QByteArray::number(qint64(table.embeddingDimensions())) + "), }";
    // Magic, version and length take 10 bytes; the whole preamble is padded to 64 with spaces
    // and a final newline, as NumPy writes it.
    const qint64 preamble = s_magicSize + 4 + header.size() + 1;
    header += QByteArray((64 - preamble % 64) % 64, ' ') + '\n';

    QByteArray start(s_magic, s_magicSize);
    start += char(1);
    start += char(0);
    start += char(header.size() & 0xff);
    start += char((header.size() >> 8) & 0xff);

    QSaveFile file(path);
    const qint64 dataSize = qint64(table.numEmbeddings()) * table.embeddingDimensions() * valueSize;
    if (!file.open(QIODevice::WriteOnly) || file.write(start) != start.size()
        || file.write(header) != header.size()
        || !writeWhole(file, static_cast<const char *>(table.data()), dataSize) || !file.commit()) {
        // A short write leaves no error of its own; the disk being full is the usual cause.
        const QString reason = file.error() == QFileDevice::NoError
            ? QStringLiteral("the file could not be written whole (is the disk full?)")
            : file.errorString();
        return fileProblem(path, reason);
    }
    return {};
}

} // namespace ev
