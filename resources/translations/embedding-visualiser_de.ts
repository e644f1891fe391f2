<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>scale &quot;%1&quot; is not a number: it must be %2 to %3, such as 2 or 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code language &quot;%1&quot; is unknown: it must be numpy or pytorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--neighbours does not apply with --code: the code rebuilds the table and X·E</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizMaker</name>
    <message>
        <source>index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::ConcealedOutputModel</name>
    <message>
        <source>Hidden until the answer is revealed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::ControlPanel</name>
    <message>
        <source>How many rows E has: one embedding for each index, from 0 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many numbers each embedding holds: the columns of E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which entry of X is 1, and so which row of E the product picks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same random table on every computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple tables count 1, 2, 3, … row by row, so you can see which row was picked; random ones hold standard normal values, like a real, trained table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_&amp;embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding_&amp;dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find a label, e.g. king</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a row&apos;s label and press Enter to make it the hot index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from &lt;b&gt;%1&lt;/b&gt; (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row is labelled &quot;%1&quot;; labels are matched exactly, capitals too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::EmbeddingBoard</name>
    <message>
        <source>One-hot vector X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding table E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output X·E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-hot column vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-hot vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding table, transposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output, as a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eᵀ  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eᵀx  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X·E  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is being computed, to be checked against the direct lookup E[%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It equals the direct lookup E[%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It differs from the direct lookup E[%1]: another row of the table holds an infinity or NaN, and 0 times those is not 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x is 0 everywhere except a 1 at index %1, so every column of Eᵀ is multiplied by 0 except column %1, and Eᵀx is that column: the numbers of %2 of E, stood upright. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X is 0 everywhere except a 1 at index %1, so every row of E is multiplied by 0 except %2, and X·E is %2 of E. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step multiplies X into one column of E and adds up the products. Press Space for the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at an entry of X·E, or press Space to compute it column by column, to see the sum it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X[%1] is 1, yet 0 times an infinity or NaN is NaN, so other rows count too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only x[%1] is 1, so only column %1 of Eᵀ counts: Eᵀ[%2, %1] = %3 lands in (Eᵀx)[%2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only X[%1] is 1, so only %2 counts: E[%1, %3] = %4, from row %1 and column %3, lands in (X·E)[%3].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hot entry is index %1: it is 1, and every other entry is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1, values %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is being computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output values: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::EmbeddingSession</name>
    <message>
        <source>Index %1 no longer exists: the table now has %2 rows, so the index moved to %3, the last row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::EmbeddingTableModel</name>
    <message>
        <source>E[%1, %2] = %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E, %1: the embedding of index %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::LessonPanel</name>
    <message>
        <source>&amp;Previous Lesson Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Lesson Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step before (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::LookupComparisonModel</name>
    <message>
        <source>(X·E)[%1] = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E[%1, %2] = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E[%1]  lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X·E  product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::LookupPanel</name>
    <message>
        <source>Lookup and product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X·E is being computed, to be compared with E[%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Equal:&lt;/b&gt; X·E and E[%1] agree in every one of their %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not equal:&lt;/b&gt; another row of E holds an infinity or NaN, and 0 times those is NaN, so X·E differs from E[%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Work for this %1 × %2 table:&lt;/b&gt; X·E takes %3 multiply-adds (every entry of X times every row of E); the lookup E[%4] copies %5 values. The lookup does %6 times less work, and never needs X at all: that is why embedding layers look rows up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::MainWindow</name>
    <message>
        <source>Embedding Visualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table File Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk while open. This table reads its values from the file as needed, so some may now be new values, or zeros where the file got shorter. Open it again to see the file as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup and Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Lesson Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employees (10 × 3, labelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words (16 × 4, related words close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Table &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nearest Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lookup and Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column Convention (Eᵀ·x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the product as Eᵀ·x, with x a column vector, as nn.Linear and many lecture notes write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Embedding Visualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the hot index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down (Left, Right in X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First or last index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an index by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type its digits in X or E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the views and controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain an entry of X·E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, Right in X·E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still opening another table; cancel it before opening %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it with a decimal comma?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out every line that cannot be read?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; the table on screen stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: %2 × %3 %4 values, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, read from the file as needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) left out, the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2%L3 × %L4 %5 values, which need %6, more than the %7 one table may take on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 16 EiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open only its first %n row(s) (%1)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%L2 × %L3 %4 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1: %2, read from the file as needed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1: %2, %3%4 of memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the example %1 to a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy array (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word2vec text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Table As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tables opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing X·E for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X·E = E[%1]: the product picks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X·E ≠ E[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to Use Embedding Visualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Embedding Visualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Embedding Visualiser %1&lt;/h3&gt;&lt;p&gt;An embedding layer keeps a table E with one row per index. Multiplying a one-hot vector X by E gives back exactly one of those rows, the same row a direct lookup E[i] reads. This program shows that product, live, for a class.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and Eigen %3.%4.%5. Released under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict, Then Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;esson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predict, Then Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz: hide X·E, predict it, then reveal it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Names in PyTorch and Keras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a quiz question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 4, or Up and Down; then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next quiz question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter, once the answer is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF page (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale, 1 for the window&apos;s own size (%1 × %2 pixels at this scale):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;NumPy Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Python code that rebuilds E with NumPy and prints X·E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;PyTorch Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Python code that makes E the weight of a torch.nn.Embedding and prints X·E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied NumPy code for index %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied PyTorch code for index %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::NamesCard</name>
    <message>
        <source>Names Across Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of E: one per index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns of E: values per index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding Visualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indices count from 0, so a table whose largest index is %1 needs %2 rows: num_embeddings (input_dim in Keras) is always the largest index plus one, and index %2 would be a row past the end. Each index gives a row of %3 values: embedding_dim (output_dim in Keras).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::NeighbourModel</name>
    <message>
        <source>rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::NeighboursPanel</name>
    <message>
        <source>Cosine similarity compares directions, not lengths: 1 is the same direction, 0 unrelated, −1 the opposite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the nearest rows to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row, or press Enter on it, to make it the hot index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other row has a direction to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest to %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::OneHotModel</name>
    <message>
        <source>X[%1] = 1: this entry selects row %1 of E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X[%1] = 0: click to make row %1 of E the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X entry %1, value %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::OutputConcealer</name>
    <message>
        <source>The output is hidden until the answer is revealed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::OverviewStrip</name>
    <message>
        <source>Overview of the embedding table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 rows of E at a glance: each band is coloured by the mean of its values, blue below 0, orange above, grey where a value is NaN or infinite. The bracket marks the rows in view. Click or drag to jump to a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map of all %1 rows of E, marking %2, the hot index. Click a row, or use Up, Down, Page Up, Page Down, Home and End, to make it the hot index.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::ProductModel</name>
    <message>
        <source>(X·E)[%1] is not computed yet: step on to compute it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(X·E)[%1] is being computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(X·E)[%1] = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(X·E)[%1] = %2, the same as E[%3, %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::QuizPanel</name>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show X·E and whether the answer is right (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask another question (Enter, once the answer is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;X is 0 everywhere except a 1 at index %1.&lt;/b&gt; Which values will X·E hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;X·E came out as [%1].&lt;/b&gt; Where is the 1 in X?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1   %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer with the keys 1 to %1 or the arrow keys, then press Enter to reveal X·E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer first: press 1 to %1, or use the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   ✔ the right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   ✘ chosen, not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X has its 1 at index %1, so X·E is row %1 of E: [%2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Right.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] is column %2 of E: the product takes a row, not a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 would give row %1: [%2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] is row %2 of E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are counted from 0, as indices are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not right.&lt;/b&gt; %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right so far: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ev::StepToolBar</name>
    <message>
        <source>Step Through X·E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Through X·E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute X·E one output column at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the first column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the latest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step on by itself, at the chosen speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the next column of X·E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play more slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
