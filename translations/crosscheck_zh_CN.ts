<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddCommand</name>
    <message>
        <source>Save web pages into a folder of articles, from their addresses or from feeds.</source>
        <translation>按地址或从订阅源将网页保存到文章文件夹中。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>Folder of articles.</source>
        <translation>文章文件夹。</translation>
    </message>
    <message>
        <source>Addresses of pages to save.</source>
        <translation>要保存的网页地址。</translation>
    </message>
    <message>
        <source>Subscribe the folder to the RSS or Atom feed URL and save its new items (repeatable).</source>
        <translation>为文件夹订阅 RSS 或 Atom 订阅源 URL 并保存其新条目（可重复）。</translation>
    </message>
    <message>
        <source>Give up on a page after SECONDS (default 30).</source>
        <translation>一个网页超过 SECONDS 秒即放弃（默认 30）。</translation>
    </message>
    <message>
        <source>Refuse pages larger than MB megabytes (default 20).</source>
        <translation>拒绝大于 MB 兆字节的网页（默认 20）。</translation>
    </message>
    <message>
        <source>Usage: crosscheck add FOLDER [URL…] [--feed URL]…</source>
        <translation>用法：crosscheck add 文件夹 [URL…] [--feed URL]…</translation>
    </message>
    <message>
        <source>--timeout and --max-size take positive numbers</source>
        <translation>--timeout 和 --max-size 需要正数</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>Nothing to add: give page addresses, or --feed URL</source>
        <translation>没有可添加的内容：请给出网页地址或 --feed URL</translation>
    </message>
    <message>
        <source>saved %1 from %2</source>
        <translation>已从 %2 保存 %1</translation>
    </message>
    <message>
        <source>cannot add %1: %2</source>
        <translation>无法添加 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) saved, %1 there already, %2 failed</source>
        <translation>
            <numerusform>已保存 %n 个网页，%1 个已存在，%2 个失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot create the annotation store</source>
        <translation>无法创建批注存储</translation>
    </message>
    <message>
        <source>Cannot open the annotation store %1</source>
        <translation>无法打开批注存储 %1</translation>
    </message>
    <message>
        <source>The annotation store %1 is damaged</source>
        <translation>批注存储 %1 已损坏</translation>
    </message>
    <message>
        <source>Cannot move the damaged store aside</source>
        <translation>无法移开已损坏的存储</translation>
    </message>
    <message>
        <source>The annotation store failed</source>
        <translation>批注存储出错</translation>
    </message>
    <message>
        <source>The annotation store was written by a newer Crosscheck (schema %1)</source>
        <translation>批注存储由较新版本的 Crosscheck 写入（架构 %1）</translation>
    </message>
    <message>
        <source>Cannot upgrade the annotation store</source>
        <translation>无法升级批注存储</translation>
    </message>
    <message>
        <source>Cannot save the tag %1</source>
        <translation>无法保存标签 %1</translation>
    </message>
    <message>
        <source>Cannot save the annotation</source>
        <translation>无法保存批注</translation>
    </message>
    <message>
        <source>no such annotation</source>
        <translation>没有这条批注</translation>
    </message>
    <message>
        <source>Cannot delete the annotation</source>
        <translation>无法删除批注</translation>
    </message>
    <message>
        <source>Cannot read the annotations</source>
        <translation>无法读取批注</translation>
    </message>
    <message>
        <source>Cannot read the tags</source>
        <translation>无法读取标签</translation>
    </message>
    <message>
        <source>Cannot rename the tag</source>
        <translation>无法重命名标签</translation>
    </message>
    <message>
        <source>give two different tag names</source>
        <translation>请给出两个不同的标签名</translation>
    </message>
    <message>
        <source>a tag cannot move inside itself</source>
        <translation>标签不能移动到自身之下</translation>
    </message>
    <message>
        <source>%1 exists already: merge the tags instead</source>
        <translation>%1 已存在：请改为合并标签</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>没有标签 %1</translation>
    </message>
    <message>
        <source>Cannot merge the tags</source>
        <translation>无法合并标签</translation>
    </message>
    <message>
        <source>Cannot remove the tag</source>
        <translation>无法删除标签</translation>
    </message>
    <message>
        <source>Cannot remove the tag %1</source>
        <translation>无法删除标签 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) carry it</source>
        <translation>
            <numerusform>%n 条批注使用了它</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the name corrections</source>
        <translation>无法读取名称更正</translation>
    </message>
    <message>
        <source>Cannot save the name correction</source>
        <translation>无法保存名称更正</translation>
    </message>
    <message>
        <source>Could not search the folder</source>
        <translation>无法搜索文件夹</translation>
    </message>
    <message>
        <source>Could not read the search index</source>
        <translation>无法读取搜索索引</translation>
    </message>
    <message>
        <source>Could not update the search index</source>
        <translation>无法更新搜索索引</translation>
    </message>
    <message>
        <source>Cannot read the dismissed disagreements</source>
        <translation>无法读取已忽略的分歧</translation>
    </message>
    <message>
        <source>Cannot save the dismissed disagreement</source>
        <translation>无法保存已忽略的分歧</translation>
    </message>
    <message>
        <source>Cannot read the story moves</source>
        <translation>无法读取报道归类的调整</translation>
    </message>
    <message>
        <source>Cannot save the story move</source>
        <translation>无法保存报道归类的调整</translation>
    </message>
    <message>
        <source>Cannot read the article details</source>
        <translation>无法读取文章信息</translation>
    </message>
    <message>
        <source>Cannot save the article details</source>
        <translation>无法保存文章信息</translation>
    </message>
    <message>
        <source>A tag needs a name</source>
        <translation>标签需要名称</translation>
    </message>
    <message>
        <source>The tag %1 exists already</source>
        <translation>标签 %1 已存在</translation>
    </message>
</context>
<context>
    <name>AnnotationWriter</name>
    <message>
        <source>Cannot save the annotation</source>
        <translation>无法保存批注</translation>
    </message>
    <message>
        <source>Cannot save the tag %1</source>
        <translation>无法保存标签 %1</translation>
    </message>
    <message>
        <source>Cannot save the tags</source>
        <translation>无法保存标签</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>it is not a text file (it contains binary data)</source>
        <translation>不是文本文件（包含二进制数据）</translation>
    </message>
    <message>
        <source>it contains no text</source>
        <translation>不包含任何文字</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>文件已不存在</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>it is %1, larger than the limit of %2</source>
        <translation>大小为 %1，超过了 %2 的上限</translation>
    </message>
    <message>
        <source>it cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>reading failed: %1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message>
        <source>it is larger than the limit of %1</source>
        <translation>超过了 %1 的上限</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::AnnotationListModel</name>
    <message>
        <source>%1 (not found in the current text)</source>
        <translation>%1（在当前文本中未找到）</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Private (only its author sees it)</source>
        <translation>私有（仅作者可见）</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>作者：%1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::ArticleListModel</name>
    <message>
        <source>1 outlet: %1</source>
        <translation>1 家媒体：%1</translation>
    </message>
    <message>
        <source>%1 outlets: %2</source>
        <translation>%1 家媒体：%2</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::ClaimModel</name>
    <message>
        <source>%1

Carried by %2 of %3 articles</source>
        <translation>%1

%3 篇文章中有 %2 篇报道</translation>
    </message>
    <message>
        <source>Not reported here</source>
        <translation>此处未报道</translation>
    </message>
    <message>
        <source>Its figures disagree with another source.</source>
        <translation>其数字与另一来源不一致。</translation>
    </message>
    <message>
        <source>reported, figures disagree</source>
        <translation>已报道，数字不一致</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>已报道</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报道</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Its figure is a range or an approximation of another source&apos;s.</source>
        <translation>其数字是另一来源数字的范围或近似值。</translation>
    </message>
    <message>
        <source>reported, figures roughly agree</source>
        <translation>已报道，数字大致相符</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::FeedParser</name>
    <message>
        <source>it is not an RSS or Atom feed</source>
        <translation>这不是 RSS 或 Atom 订阅源</translation>
    </message>
    <message>
        <source>the feed cannot be read: %1</source>
        <translation>无法读取订阅源：%1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::TeamSync</name>
    <message>
        <source>Cannot open the folder&apos;s annotations: %1</source>
        <translation>无法打开文件夹的批注：%1</translation>
    </message>
    <message>
        <source>Not connected to a team server.</source>
        <translation>未连接到团队服务器。</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::WebFetcher</name>
    <message>
        <source>it is not a web address</source>
        <translation>这不是网址</translation>
    </message>
    <message>
        <source>only http and https addresses can be fetched</source>
        <translation>只能获取 http 和 https 地址</translation>
    </message>
    <message>
        <source>the address names no host</source>
        <translation>地址中没有主机名</translation>
    </message>
    <message>
        <source>it is %1 MB, more than the limit of %2 MB</source>
        <translation>它有 %1 MB，超过了 %2 MB 的上限</translation>
    </message>
    <message>
        <source>it is %1, not an RSS or Atom feed</source>
        <translation>它是 %1，不是 RSS 或 Atom 订阅源</translation>
    </message>
    <message>
        <source>it is %1, not an HTML page or a PDF</source>
        <translation>它是 %1，不是 HTML 网页或 PDF</translation>
    </message>
    <message>
        <source>it is larger than the limit of %1 MB</source>
        <translation>它超过了 %1 MB 的上限</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>the server did not send the page within %n second(s)</source>
        <translation>
            <numerusform>服务器在 %n 秒内没有发送网页</numerusform>
        </translation>
    </message>
    <message>
        <source>the page is not there (HTTP 404)</source>
        <translation>网页不存在（HTTP 404）</translation>
    </message>
    <message>
        <source>the page has been removed (HTTP 410)</source>
        <translation>网页已被删除（HTTP 410）</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>服务器返回 HTTP %1 %2</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>找不到主机 %1</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 拒绝了连接</translation>
    </message>
    <message>
        <source>%1 closed the connection before sending the page</source>
        <translation>%1 在发送网页前关闭了连接</translation>
    </message>
    <message>
        <source>no secure connection could be made (TLS: %1)</source>
        <translation>无法建立安全连接（TLS：%1）</translation>
    </message>
    <message numerus="yes">
        <source>it redirects more than %n time(s): a redirect loop?</source>
        <translation>
            <numerusform>重定向超过 %n 次：是否存在重定向循环？</numerusform>
        </translation>
    </message>
    <message>
        <source>it redirects from a secure (https) address to an insecure one</source>
        <translation>它从安全（https）地址重定向到不安全的地址</translation>
    </message>
    <message>
        <source>it redirects to an address that is not http or https</source>
        <translation>它重定向到非 http 或 https 的地址</translation>
    </message>
    <message>
        <source>it is neither an HTML page nor a PDF</source>
        <translation>它既不是 HTML 网页也不是 PDF</translation>
    </message>
    <message>
        <source>%1 closed the connection during the handshake</source>
        <translation>%1 在握手过程中关闭了连接</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::WebImport</name>
    <message>
        <source>it could not be saved in the folder: %1</source>
        <translation>无法保存到文件夹：%1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::WebSources</name>
    <message>
        <source>Cannot record the saved page</source>
        <translation>无法记录已保存的网页</translation>
    </message>
    <message>
        <source>Cannot read the feeds</source>
        <translation>无法读取订阅源</translation>
    </message>
    <message>
        <source>Cannot subscribe to the feed</source>
        <translation>无法订阅该订阅源</translation>
    </message>
    <message>
        <source>Cannot remove the feed</source>
        <translation>无法删除该订阅源</translation>
    </message>
    <message>
        <source>Cannot record the feed&apos;s check</source>
        <translation>无法记录订阅源的检查</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::AnnotationController</name>
    <message>
        <source>Note of the annotation</source>
        <translation>批注的笔记</translation>
    </message>
    <message>
        <source>Select a highlight to write its note (Markdown).</source>
        <translation>选择一处高亮以编写笔记（Markdown）。</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Highlight &amp;%1 (%2)</source>
        <translation>高亮 &amp;%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <source>Change Highlight Colour</source>
        <translation>更改高亮颜色</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>Re-attach Highlight</source>
        <translation>重新关联高亮</translation>
    </message>
    <message>
        <source>Mark as &amp;Person</source>
        <translation>标为人物(&amp;P)</translation>
    </message>
    <message>
        <source>Mark as &amp;Organisation</source>
        <translation>标为机构(&amp;O)</translation>
    </message>
    <message>
        <source>Mark as P&amp;lace</source>
        <translation>标为地点(&amp;L)</translation>
    </message>
    <message>
        <source>Mark as P&amp;roduct</source>
        <translation>标为产品(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not a Name</source>
        <translation>不是名称(&amp;N)</translation>
    </message>
    <message>
        <source>Tag Claim</source>
        <translation>为说法加标签</translation>
    </message>
    <message>
        <source>Forget Correction of “%1”</source>
        <translation>忘记对“%1”的更正</translation>
    </message>
    <message>
        <source>Not a Name: “%1”</source>
        <translation>不是名称：“%1”</translation>
    </message>
    <message>
        <source>Name “%1”</source>
        <translation>名称“%1”</translation>
    </message>
    <message>
        <source>Highlight colour changed.</source>
        <translation>已更改高亮颜色。</translation>
    </message>
    <message>
        <source>Select words in the article first, then press 1 to 5 to highlight them.</source>
        <translation>请先在文章中选择文字，再按 1 到 5 进行高亮。</translation>
    </message>
    <message>
        <source>Highlighted. T adds a tag, N a note; Ctrl+Z undoes.</source>
        <translation>已高亮。按 T 添加标签，按 N 添加笔记；Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Tagged “%1”.</source>
        <translation>已添加标签“%1”。</translation>
    </message>
    <message>
        <source>Select words or put the cursor in a highlight to tag it.</source>
        <translation>请选择文字或将光标放在高亮内再添加标签。</translation>
    </message>
    <message>
        <source>Highlighted and tagged “%1”.</source>
        <translation>已高亮并添加标签“%1”。</translation>
    </message>
    <message>
        <source>Write the note of this highlight (Markdown); Tab returns.</source>
        <translation>为此高亮写笔记（Markdown）；按 Tab 返回。</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::AnnotationTransfer</name>
    <message>
        <source>%1 documents exported to %2</source>
        <translation>已将 %1 份文档导出到 %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no annotations to import: %2</source>
        <translation>%1 中没有可导入的批注：%2</translation>
    </message>
    <message>
        <source>Folder for the Exported Documents</source>
        <translation>导出文档的文件夹</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>导入批注</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <translation>W3C 网页批注 (*.jsonld *.json)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) exported to %1</source>
        <translation>
            <numerusform>已将 %Ln 条批注导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) imported, %1 already present</source>
        <translation>
            <numerusform>已导入 %Ln 条批注，%1 条已存在</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::AnnotationsPanel</name>
    <message>
        <source>Re-attach to Selection</source>
        <translation>关联到所选文本</translation>
    </message>
    <message>
        <source>Filter by text, tag or article</source>
        <translation>按文本、标签或文章筛选</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>筛选批注</translation>
    </message>
    <message>
        <source>Annotations of the folder</source>
        <translation>文件夹中的批注</translation>
    </message>
    <message>
        <source>Attach the selected orphan to the text selected in the reading view</source>
        <translation>将所选的孤立批注关联到阅读视图中选中的文本</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ArticleDetailsDialog</name>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>文章信息</translation>
    </message>
    <message>
        <source>The publication, as readers know it</source>
        <translation>读者熟知的媒体名称</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date of publication</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>媒体(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>发布日期(&amp;P)：</translation>
    </message>
    <message>
        <source>Kept with the folder&apos;s annotations; an empty field shows what the page says.</source>
        <translation>与文件夹的批注一起保存；留空的字段显示网页本身的信息。</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ClaimsView</name>
    <message>
        <source>Claims and the articles that carry them</source>
        <translation>说法及报道它们的文章</translation>
    </message>
    <message>
        <source>&amp;Tag Claim…</source>
        <translation>为说法加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>What the dots mean</source>
        <translation>圆点的含义</translation>
    </message>
    <message>
        <source>carries the claim</source>
        <translation>报道了该说法</translation>
    </message>
    <message>
        <source>figures disagree</source>
        <translation>数字不一致</translation>
    </message>
    <message>
        <source>empty: not reported</source>
        <translation>空白：未报道</translation>
    </message>
    <message>
        <source>figures differ as a range, rounding or a later count allows</source>
        <translation>数字差异在范围、取整或后续统计允许之内</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ComparisonPanel</name>
    <message>
        <source>What the other articles say</source>
        <translation>其他文章怎么说</translation>
    </message>
    <message>
        <source>Put the cursor in a sentence to see what the other articles say.</source>
        <translation>将光标放在一个句子中，查看其他文章怎么说。</translation>
    </message>
    <message>
        <source>Boilerplate is not compared.</source>
        <translation>页面附加内容不参与比较。</translation>
    </message>
    <message>
        <source>Figures disagree</source>
        <translation>数字不一致</translation>
    </message>
    <message>
        <source>A range against a figure</source>
        <translation>范围与具体数字</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报道</translation>
    </message>
    <message>
        <source>similarity %1%</source>
        <translation>相似度 %1%</translation>
    </message>
    <message>
        <source>Other articles reporting this: %1 of %2</source>
        <translation>报道此事的其他文章：%1 / %2</translation>
    </message>
    <message>
        <source>Other articles of this story reporting this: %1 of %2</source>
        <translation>本报道中提及此事的其他文章：%1 / %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排显示</translation>
    </message>
    <message>
        <source>Figures at different moments</source>
        <translation>不同时间点的数字</translation>
    </message>
    <message>
        <source>Figures that can both be true</source>
        <translation>两者可能都对的数字</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::DeskController</name>
    <message>
        <source>&amp;Add Pane</source>
        <translation>添加窗格(&amp;A)</translation>
    </message>
    <message>
        <source>At most %1 panes fit side by side.</source>
        <translation>最多只能并排显示 %1 个窗格。</translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation>关闭窗格(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>下一个窗格(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Link Panes</source>
        <translation>联动窗格(&amp;L)</translation>
    </message>
    <message>
        <source>Moving in one pane scrolls the others to their matching sentences</source>
        <translation>在一个窗格中移动时，其他窗格滚动到对应的句子</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>默认文字大小(&amp;D)</translation>
    </message>
    <message>
        <source>Nothing further in this direction.</source>
        <translation>这个方向上没有更多内容了。</translation>
    </message>
    <message>
        <source>Next &amp;Sentence</source>
        <translation>下一句(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Previous Sentence</source>
        <translation>上一句(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Figure</source>
        <translation>下一个数字(&amp;F)</translation>
    </message>
    <message>
        <source>Previous F&amp;igure</source>
        <translation>上一个数字(&amp;I)</translation>
    </message>
    <message>
        <source>Next &amp;Annotation</source>
        <translation>下一个批注(&amp;A)</translation>
    </message>
    <message>
        <source>Previous A&amp;nnotation</source>
        <translation>上一个批注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Matching Sentence in Next Pane</source>
        <translation>下一个窗格中的对应句子(&amp;M)</translation>
    </message>
    <message>
        <source>The next pane reports nothing matching this sentence.</source>
        <translation>下一个窗格中没有与此句对应的内容。</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>名称(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::DeskToolBar</name>
    <message>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Desk tools</source>
        <translation>工作台工具</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>名称(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Corrections…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>管理标签(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ExportDialog</name>
    <message>
        <source>Start with a byte order mark (for spreadsheets)</source>
        <translation>以字节顺序标记开头（用于电子表格）</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>按文章</translation>
    </message>
    <message>
        <source>By claim, with what each source says</source>
        <translation>按说法，并附各来源的表述</translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>所有批注</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Only this tag</source>
        <translation>仅此标签</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>One document for the folder</source>
        <translation>整个文件夹一份文档</translation>
    </message>
    <message>
        <source>One document per article</source>
        <translation>每篇文章一份文档</translation>
    </message>
    <message>
        <source>One document per tag</source>
        <translation>每个标签一份文档</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Made when</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Made:</source>
        <translation>创建于(&amp;M)：</translation>
    </message>
    <message>
        <source>Only the article %1</source>
        <translation>仅文章 %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FeedsDialog</name>
    <message>
        <source>Feeds</source>
        <translation>订阅源</translation>
    </message>
    <message>
        <source>Feeds the folder follows</source>
        <translation>文件夹订阅的源</translation>
    </message>
    <message>
        <source>Address of an RSS or Atom feed</source>
        <translation>RSS 或 Atom 订阅源地址</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>订阅源地址</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>订阅(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>立即检查(&amp;C)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>仅在请求时</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>检查间隔：</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>检查于 %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Give the address of a feed, starting with http:// or https://.</source>
        <translation>请输入以 http:// 或 https:// 开头的订阅源地址。</translation>
    </message>
    <message>
        <source>Subscribed. Check Now fetches the feed&apos;s items into the folder.</source>
        <translation>已订阅。“立即检查”会将订阅源的条目获取到文件夹中。</translation>
    </message>
    <message>
        <source>The feed was removed; the pages it brought stay in the folder.</source>
        <translation>订阅源已删除；它带来的网页仍保留在文件夹中。</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Reload Folder</source>
        <translation>重新载入文件夹(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>导出批注(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>导入批注(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FolderController</name>
    <message>
        <source>Finding names…</source>
        <translation>正在查找名称…</translation>
    </message>
    <message>
        <source>Lining up sentences…</source>
        <translation>正在对齐句子…</translation>
    </message>
    <message>
        <source>Comparing figures…</source>
        <translation>正在比较数字…</translation>
    </message>
    <message>
        <source>Stop comparing the articles</source>
        <translation>停止比较文章</translation>
    </message>
    <message>
        <source>Comparison stopped: names, matches and claims are not shown.</source>
        <translation>比较已停止：不显示名称、匹配和说法。</translation>
    </message>
    <message>
        <source>Reading the folder…</source>
        <translation>正在读取文件夹…</translation>
    </message>
    <message>
        <source>Stop opening the folder</source>
        <translation>停止打开文件夹</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Comparing the articles…</source>
        <translation>正在比较文章…</translation>
    </message>
    <message>
        <source>Keep It Aside and Start a Fresh Store</source>
        <translation>移开保留并新建存储</translation>
    </message>
    <message>
        <source>The damaged store was kept as %1</source>
        <translation>已损坏的存储已保留为 %1</translation>
    </message>
    <message>
        <source>Nothing was changed in it; your annotations cannot be shown until it is repaired or kept aside.</source>
        <translation>其中未作任何更改；在修复或移开之前无法显示您的批注。</translation>
    </message>
    <message>
        <source>The folder is read-only: annotations are stored in %1</source>
        <translation>文件夹为只读：批注保存在 %1</translation>
    </message>
    <message>
        <source>Disagreement dismissed: %1</source>
        <translation>已忽略分歧：%1</translation>
    </message>
    <message>
        <source>Details of %1 saved.</source>
        <translation>已保存 %1 的信息。</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FolderStatus</name>
    <message>
        <source>Loading progress</source>
        <translation>载入进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop opening the folder</source>
        <translation>停止打开文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentence(s)</source>
        <translation>
            <numerusform>%Ln 个句子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln 个数字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s)</source>
        <translation>
            <numerusform>%Ln 个名称</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln 条说法</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not readable</source>
        <translation>
            <numerusform>%Ln 个无法读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::GettingStarted</name>
    <message>
        <source>Getting Started with Crosscheck</source>
        <translation>Crosscheck 入门</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Crosscheck reads several outlets&apos; articles about the same story side by side. It marks figures and names, lines up sentences that report the same thing, and points out figures that disagree. Your highlights, tags and notes stay with the folder.</source>
        <translation>Crosscheck 将多家媒体关于同一事件的文章并排阅读。它标出数字和名称，对齐报道同一事实的句子，并指出相互矛盾的数字。您的高亮、标签和笔记随文件夹保存。</translation>
    </message>
    <message>
        <source>1. Open a folder</source>
        <translation>1. 打开文件夹</translation>
    </message>
    <message>
        <source>&lt;b&gt;File › Open Folder&lt;/b&gt; (Ctrl+O) opens a folder of saved pages: HTML, text, Markdown or PDF. Articles about different stories are grouped by story in the list; files that cannot be read are named in the bar above the text, with the reason.</source>
        <translation>&lt;b&gt;文件 › 打开文件夹&lt;/b&gt;（Ctrl+O）打开保存网页的文件夹：HTML、文本、Markdown 或 PDF。不同事件的文章在列表中按事件分组；无法读取的文件会在正文上方的栏中列出并说明原因。</translation>
    </message>
    <message>
        <source>2. Read side by side</source>
        <translation>2. 并排阅读</translation>
    </message>
    <message>
        <source>Click an article (or press Enter on it) to read it. &lt;b&gt;Add Pane&lt;/b&gt; (Ctrl+Shift+N) opens a second one; with &lt;b&gt;Link Panes&lt;/b&gt; (Ctrl+L) the other pane follows the sentence you read. J and K go to the next and previous sentence, F to the next figure, M to the matching sentence in the next pane.</source>
        <translation>单击文章（或在其上按回车）即可阅读。&lt;b&gt;添加窗格&lt;/b&gt;（Ctrl+Shift+N）打开第二个窗格；启用&lt;b&gt;联动窗格&lt;/b&gt;（Ctrl+L）后，另一窗格会跟随您正在读的句子。J 和 K 跳到下一句和上一句，F 跳到下一个数字，M 跳到下一窗格中的对应句子。</translation>
    </message>
    <message>
        <source>3. Compare</source>
        <translation>3. 比较</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Comparison&lt;/b&gt; panel lists, for the sentence under the cursor, what the other outlets of the story say, and shows figures that disagree in red, with a link to see both sentences side by side. The &lt;b&gt;Claims&lt;/b&gt; table shows which outlet carries each claim; the line under it says what each colour means.</source>
        <translation>&lt;b&gt;比较&lt;/b&gt;面板列出光标所在句子在同一事件其他媒体中的说法，并以红色显示相互矛盾的数字，附有并排查看两句的链接。&lt;b&gt;说法&lt;/b&gt;表显示哪家媒体报道了哪条说法；表下的一行说明每种颜色的含义。</translation>
    </message>
    <message>
        <source>4. Highlight, tag and note</source>
        <translation>4. 高亮、标签与笔记</translation>
    </message>
    <message>
        <source>Select text and press a number key, 1 to 5, for a colour. T tags the highlight (Edit › Manage Tags can prepare tags in advance), N writes a note in the &lt;b&gt;Note&lt;/b&gt; panel, and Tab leaves it. Ctrl+Z and Ctrl+Shift+Z undo and redo.</source>
        <translation>选中文本后按数字键 1 到 5 选择颜色。T 为高亮添加标签（编辑 › 管理标签可预先创建标签），N 在&lt;b&gt;笔记&lt;/b&gt;面板中写笔记，Tab 离开。Ctrl+Z 和 Ctrl+Shift+Z 撤销和重做。</translation>
    </message>
    <message>
        <source>5. Find and export</source>
        <translation>5. 查找与导出</translation>
    </message>
    <message>
        <source>Alt+0 goes to the article list and Alt+1, Alt+2 … to each panel; &lt;b&gt;Help › Keyboard Shortcuts&lt;/b&gt; (Ctrl+?) lists every key.</source>
        <translation>Alt+0 跳到文章列表，Alt+1、Alt+2 … 跳到各个面板；&lt;b&gt;帮助 › 键盘快捷键&lt;/b&gt;（Ctrl+?）列出所有按键。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search the Folder&lt;/b&gt; (Ctrl+F) finds sentences in every article, by outlet, tag or figure. &lt;b&gt;File › Export Annotations&lt;/b&gt; (Ctrl+E) writes your notes as Markdown, HTML, CSV, JSON-LD or REFI-QDA, outside the folder by default.</source>
        <translation>&lt;b&gt;搜索文件夹&lt;/b&gt;（Ctrl+F）在所有文章中查找句子，可按媒体、标签或数字筛选。&lt;b&gt;文件 › 导出批注&lt;/b&gt;（Ctrl+E）将笔记导出为 Markdown、HTML、CSV、JSON-LD 或 REFI-QDA，默认保存在文件夹之外。</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Crosscheck</source>
        <translation>关于 Crosscheck(&amp;A)</translation>
    </message>
    <message>
        <source>About Crosscheck</source>
        <translation>关于 Crosscheck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Read how several outlets covered the same story, side by side: figures and names highlighted, matching sentences lined up, disagreements pointed out, notes exported.</source>
        <translation>并排阅读多家媒体对同一事件的报道：突出显示数字和名称，对齐相互对应的句子，指出不一致之处，并导出笔记。</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>许可证：GNU 通用公共许可证第 3 版或更高版本。</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>构建所用的库：</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::MainWindow</name>
    <message>
        <source>Crosscheck</source>
        <translation>Crosscheck</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Names and Figures</source>
        <translation>名称与数字</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>%1 — Crosscheck</source>
        <translation>%1 — Crosscheck</translation>
    </message>
    <message>
        <source>Open Folder of Articles</source>
        <translation>打开文章文件夹</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search the Folder…</source>
        <translation>搜索文件夹(&amp;S)…</translation>
    </message>
    <message>
        <source>Panel tabs</source>
        <translation>面板标签</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Crosscheck will speak %1 when it starts next.</source>
        <translation>Crosscheck 下次启动时将使用%1。</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::MentionsPanel</name>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Name or figure</source>
        <translation>名称或数字</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>也见于</translation>
    </message>
    <message>
        <source>Names and figures of the article</source>
        <translation>本文的名称与数字</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>仅此一篇</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::MessageBar</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Files that could not be opened</source>
        <translation>无法打开的文件</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss these messages</source>
        <translation>关闭这些消息</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 the reason it could not be read</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Files that could not be opened: %1. The rest of the folder is open.</source>
        <translation>无法打开的文件：%1。文件夹中的其余文件已打开。</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::NameCorrectionsDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Name Corrections</source>
        <translation>名称更正</translation>
    </message>
    <message>
        <source>What you said about names in this folder. Removing a correction lets Crosscheck decide again; Edit › Undo brings it back.</source>
        <translation>您在此文件夹中对名称所做的更正。移除更正后由 Crosscheck 重新判断；“编辑 › 撤销”可将其恢复。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name corrections</source>
        <translation>名称更正</translation>
    </message>
    <message>
        <source>Remove the selected corrections</source>
        <translation>移除所选更正</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Not a name</source>
        <translation>不是名称</translation>
    </message>
    <message numerus="yes">
        <source>Forget %n Name Correction(s)</source>
        <translation>
            <numerusform>忘记 %n 项名称更正</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::PanelsMenu</name>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the Article List</source>
        <translation>转到文章列表</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>转到%1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReadingDesk</name>
    <message>
        <source>Reading panes</source>
        <translation>阅读窗格</translation>
    </message>
    <message>
        <source>Reading pane %1</source>
        <translation>阅读窗格 %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReadingView</name>
    <message>
        <source>Article headline</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <source>Article file</source>
        <translation>文章文件</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者 %1</translation>
    </message>
    <message>
        <source>Boilerplate: not part of the story, left out of comparisons</source>
        <translation>页面附加内容：不属于正文，不参与比较</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>关闭此窗格</translation>
    </message>
    <message>
        <source>Close pane</source>
        <translation>关闭窗格</translation>
    </message>
    <message>
        <source>Highlight, no tags</source>
        <translation>高亮，无标签</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Choose an article in the list to read it, or open a folder of articles (Ctrl+O). Help › Getting Started (F1) shows how the desk works.</source>
        <translation>在列表中选择一篇文章阅读，或打开一个文章文件夹（Ctrl+O）。帮助 › 入门（F1）介绍工作台的用法。</translation>
    </message>
    <message>
        <source>Private: not shared with the team</source>
        <translation>私有：不与团队共享</translation>
    </message>
    <message>
        <source>Private to %1</source>
        <translation>%1 的私有批注</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>作者：%1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::RecentFoldersMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SearchPanel</name>
    <message>
        <source>&amp;Annotated</source>
        <translation>已批注(&amp;A)</translation>
    </message>
    <message>
        <source>With &amp;figures</source>
        <translation>含数字(&amp;F)</translation>
    </message>
    <message>
        <source>Search all articles…</source>
        <translation>搜索所有文章…</translation>
    </message>
    <message>
        <source>Search the folder</source>
        <translation>搜索文件夹</translation>
    </message>
    <message>
        <source>Only this outlet</source>
        <translation>仅此媒体</translation>
    </message>
    <message>
        <source>Only sentences with this tag</source>
        <translation>仅带此标签的句子</translation>
    </message>
    <message>
        <source>Only sentences you highlighted</source>
        <translation>仅您标记过的句子</translation>
    </message>
    <message>
        <source>Only sentences that state a figure</source>
        <translation>仅含数字的句子</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>搜索摘要</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>所有媒体</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>No sentence matches.</source>
        <translation>没有匹配的句子。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching sentence(s)</source>
        <translation>
            <numerusform>%n 个匹配的句子</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::StatisticsChart</name>
    <message>
        <source>Claims and tags per source</source>
        <translation>各来源的说法与标签</translation>
    </message>
    <message>
        <source>%1: %2 of %3 claims, %4 tagged passages</source>
        <translation>%1：%3 条说法中的 %2 条，%4 段已加标签</translation>
    </message>
    <message>
        <source>claims carried</source>
        <translation>报道的说法</translation>
    </message>
    <message>
        <source>tagged passages</source>
        <translation>已加标签的段落</translation>
    </message>
    <message>
        <source>Open a folder to see its sources.</source>
        <translation>打开文件夹以查看其来源。</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::StoryMenu</name>
    <message>
        <source>Move to Story</source>
        <translation>移到报道</translation>
    </message>
    <message>
        <source>A Story of Its Own</source>
        <translation>单独成为一个报道</translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation>编辑信息(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TagDialog</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>claim/disputed</source>
        <translation>说法/有争议</translation>
    </message>
    <message>
        <source>Tag path</source>
        <translation>标签路径</translation>
    </message>
    <message>
        <source>Tag (a path such as claim/disputed; a new one is created):</source>
        <translation>标签（如 说法/有争议 这样的路径；不存在时会新建）：</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TagManager</name>
    <message>
        <source>Manage Tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Tags of the folder</source>
        <translation>文件夹中的标签</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New path:</source>
        <translation>新路径：</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Merge into the tag:</source>
        <translation>合并到标签：</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>&amp;Description…</source>
        <translation>说明(&amp;D)…</translation>
    </message>
    <message>
        <source>Tag Description</source>
        <translation>标签说明</translation>
    </message>
    <message>
        <source>What the tag means:</source>
        <translation>标签的含义：</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>新建标签(&amp;N)…</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Tag (a slash makes a child tag, as in claim/disputed):</source>
        <translation>标签（斜杠表示子标签，例如 说法/有争议）：</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>在桌面密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to a Team Server</source>
        <translation>连接到团队服务器</translation>
    </message>
    <message>
        <source>Work on this folder with your team: annotations are shared through the team&apos;s PostgreSQL server and kept here too, so you can go on working offline.</source>
        <translation>与团队一起处理此文件夹：批注通过团队的 PostgreSQL 服务器共享，并在本地保留，因此离线时也可以继续工作。</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org，或套接字文件夹如 /run/postgresql</translation>
    </message>
    <message>
        <source>TLS required (encrypted)</source>
        <translation>必须使用 TLS（加密）</translation>
    </message>
    <message>
        <source>TLS, certificate and host name verified</source>
        <translation>TLS，并验证证书和主机名</translation>
    </message>
    <message>
        <source>No TLS (a local socket or a trusted network only)</source>
        <translation>不使用 TLS（仅限本地套接字或可信网络）</translation>
    </message>
    <message>
        <source>The CA certificate that signed the server&apos;s (PEM)</source>
        <translation>签发服务器证书的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>安全(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamController</name>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Private (Only Me)</source>
        <translation>私有（仅自己）(&amp;P)</translation>
    </message>
    <message>
        <source>Keep the highlight at the cursor to yourself: the team server never shows it to anyone else</source>
        <translation>光标处的高亮仅自己可见：团队服务器不会向任何其他人显示</translation>
    </message>
    <message numerus="yes">
        <source>Team: sending %n change(s)…</source>
        <translation>
            <numerusform>团队：正在发送 %n 项更改…</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: connected</source>
        <translation>团队：已连接</translation>
    </message>
    <message numerus="yes">
        <source>Team: offline, %n change(s) waiting</source>
        <translation>
            <numerusform>团队：离线，%n 项更改等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>In step</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Make Private</source>
        <translation>设为私有</translation>
    </message>
    <message>
        <source>Share with the Team</source>
        <translation>与团队共享</translation>
    </message>
    <message>
        <source>The password could not be kept in the desktop keyring (%1); Crosscheck will ask for it next time.</source>
        <translation>无法将密码保存到桌面密钥环（%1）；Crosscheck 下次会再询问。</translation>
    </message>
    <message>
        <source>Team: offline, trying again</source>
        <translation>团队：离线，正在重试</translation>
    </message>
    <message>
        <source>Team: not connected</source>
        <translation>团队：未连接</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ThemeMenu</name>
    <message>
        <source>Highlighting &amp;Theme</source>
        <translation>高亮配色(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Follow System Palette</source>
        <translation>跟随系统配色(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::WebImportController</name>
    <message>
        <source>Add from &amp;Web…</source>
        <translation>从网页添加(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Feeds…</source>
        <translation>订阅源(&amp;F)…</translation>
    </message>
    <message>
        <source>Save web pages into the folder from their addresses</source>
        <translation>按地址将网页保存到文件夹</translation>
    </message>
    <message>
        <source>Pages being added from the web</source>
        <translation>正在从网络添加的网页</translation>
    </message>
    <message>
        <source>Web: %v of %m</source>
        <translation>网页：%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop adding pages from the web</source>
        <translation>停止从网络添加网页</translation>
    </message>
    <message>
        <source>Paste Web Addresses</source>
        <translation>粘贴网址</translation>
    </message>
    <message>
        <source>The clipboard holds no web address to add.</source>
        <translation>剪贴板中没有可添加的网址。</translation>
    </message>
    <message>
        <source>Open a folder first: pages from the web are saved into it.</source>
        <translation>请先打开文件夹：网页将保存到其中。</translation>
    </message>
    <message>
        <source>Saved %1 from %2</source>
        <translation>已从 %2 保存 %1</translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation>无法添加 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) added from the web</source>
        <translation>
            <numerusform>已从网络添加 %n 个网页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n saved before</source>
        <translation>
            <numerusform>；%n 个之前已保存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be added (see above)</source>
        <translation>
            <numerusform>；%n 个无法添加（见上方）</numerusform>
        </translation>
    </message>
    <message>
        <source>; cancelled</source>
        <translation>；已取消</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n page(s)…</source>
        <translation>
            <numerusform>正在获取 %n 个网页…</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder follows no feeds: File › Feeds… subscribes to one.</source>
        <translation>此文件夹没有订阅源：文件 › 订阅源… 可添加。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n feed(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个订阅源…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add from Web</source>
        <translation>从网页添加</translation>
    </message>
    <message>
        <source>Addresses of the pages to save into %1, one per line. Only the pages themselves are fetched, never their scripts or images.</source>
        <translation>要保存到 %1 的网页地址，每行一个。只获取网页本身，绝不获取其脚本或图片。</translation>
    </message>
    <message>
        <source>No web address found in what you gave: addresses start with http:// or https://.</source>
        <translation>输入中没有网址：网址以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Open a folder first: feeds bring their pages into it.</source>
        <translation>请先打开文件夹：订阅源会将网页带入其中。</translation>
    </message>
</context>
<context>
    <name>Discrepancy</name>
    <message>
        <source>%1&apos; %2</source>
        <translation>%1 的%2</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation>%1 的%2</translation>
    </message>
    <message>
        <source>age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>time %1</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 gives %2, within the range %3 in %4</source>
        <translation>%1 给出 %2，在 %4 的范围 %3 之内</translation>
    </message>
    <message>
        <source>%1 says %2, %3 says %4: close, one is approximate</source>
        <translation>%1 称 %2，%3 称 %4：接近，其一为约数</translation>
    </message>
    <message>
        <source>%1 says %2, %3 says %4</source>
        <translation>%1 称 %2，%3 称 %4</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>上涨 %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>下跌 %1</translation>
    </message>
    <message>
        <source>%1 shares, gain since an earlier date</source>
        <translation>%1 股价，自较早日期以来的涨幅</translation>
    </message>
    <message>
        <source>%1 shares, the day&apos;s move</source>
        <translation>%1 股价，当日变动</translation>
    </message>
    <message>
        <source>%1 says %2, %3 says %4: both can be true</source>
        <translation>%1 说 %2，%3 说 %4：两者可能都对</translation>
    </message>
    <message>
        <source>%1 says %2 (%3), %4 says %5 (%6): at different moments</source>
        <translation>%1 说 %2（%3），%4 说 %5（%6）：时间点不同</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the annotations of a folder: md, html, csv, jsonld (W3C Web Annotation), qdpx or qdc (REFI-QDA). See docs/export.md.</source>
        <translation>导出文件夹的批注：md、html、csv、jsonld（W3C 网页批注）、qdpx 或 qdc（REFI-QDA）。参见 docs/export.md。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>Folder whose annotations to export.</source>
        <translation>要导出其批注的文件夹。</translation>
    </message>
    <message>
        <source>md, html, csv, jsonld, qdpx or qdc.</source>
        <translation>md、html、csv、jsonld、qdpx 或 qdc。</translation>
    </message>
    <message>
        <source>Write to PATH (default: standard output; qdpx needs a path).</source>
        <translation>写入 PATH（默认：标准输出；qdpx 需要路径）。</translation>
    </message>
    <message>
        <source>Only annotations with TAG or a tag under it (repeatable).</source>
        <translation>仅带有 TAG 或其子标签的批注（可重复）。</translation>
    </message>
    <message>
        <source>Only annotations of the article FILE (repeatable).</source>
        <translation>仅文章 FILE 的批注（可重复）。</translation>
    </message>
    <message>
        <source>Markdown: group by article (default) or claim.</source>
        <translation>Markdown：按文章（默认）或说法分组。</translation>
    </message>
    <message>
        <source>CSV: start with a byte order mark, for spreadsheets.</source>
        <translation>CSV：以字节顺序标记开头，用于电子表格。</translation>
    </message>
    <message>
        <source>usage: crosscheck export FOLDER --format md|html|csv|jsonld|qdpx|qdc [--output PATH]</source>
        <translation>用法：crosscheck export 文件夹 --format md|html|csv|jsonld|qdpx|qdc [--output 路径]</translation>
    </message>
    <message>
        <source>--group takes article or claim</source>
        <translation>--group 的取值为 article 或 claim</translation>
    </message>
    <message>
        <source>a .qdpx project is a zip archive: give --output PATH</source>
        <translation>.qdpx 项目是 zip 压缩包：请指定 --output 路径</translation>
    </message>
    <message>
        <source>Add the annotations of a W3C Web Annotation JSON-LD file to a folder.</source>
        <translation>将 W3C 网页批注 JSON-LD 文件中的批注添加到文件夹。</translation>
    </message>
    <message>
        <source>Folder the annotations belong to.</source>
        <translation>批注所属的文件夹。</translation>
    </message>
    <message>
        <source>The JSON-LD file.</source>
        <translation>JSON-LD 文件。</translation>
    </message>
    <message>
        <source>usage: crosscheck import FOLDER FILE.jsonld</source>
        <translation>用法：crosscheck import 文件夹 文件.jsonld</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Markdown: one document per article or per tag, written into the folder --output.</source>
        <translation>Markdown：每篇文章或每个标签一份文档，写入 --output 文件夹。</translation>
    </message>
    <message>
        <source>Only annotations made on or after DATE (YYYY-MM-DD).</source>
        <translation>仅 DATE（YYYY-MM-DD）当天或之后创建的批注。</translation>
    </message>
    <message>
        <source>Only annotations made on or before DATE (YYYY-MM-DD).</source>
        <translation>仅 DATE（YYYY-MM-DD）当天或之前创建的批注。</translation>
    </message>
    <message>
        <source>--split takes article or tag</source>
        <translation>--split 的取值为 article 或 tag</translation>
    </message>
    <message>
        <source>--split goes with --format md and an --output folder</source>
        <translation>--split 需与 --format md 及 --output 文件夹一起使用</translation>
    </message>
    <message>
        <source>--from and --to take a date such as 2026-11-23</source>
        <translation>--from 和 --to 需要类似 2026-11-23 的日期</translation>
    </message>
    <message>
        <source>%1 documents written to %2</source>
        <translation>已将 %1 份文档写入 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) written to %1</source>
        <translation>
            <numerusform>已将 %Ln 条批注写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s) imported, %1 already present</source>
        <translation>
            <numerusform>已导入 %Ln 条批注，%1 条已存在</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML（单个独立文件）</translation>
    </message>
    <message>
        <source>CSV (one row per annotation)</source>
        <translation>CSV（每条批注一行）</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C 网页批注 (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>REFI-QDA 项目 (.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (.qdc)</source>
        <translation>REFI-QDA 编码本 (.qdc)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported from `%1` on %2 · annotations: %3 · articles: %4.</source>
        <translation>导出自 `%1`，时间 %2 · 批注：%3 · 文章：%4。</translation>
    </message>
    <message>
        <source>Tags: %1.</source>
        <translation>标签：%1。</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>字符 %1–%2</translation>
    </message>
    <message>
        <source>Not found in the current text of the article.</source>
        <translation>在文章当前文本中未找到。</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>说法 %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>其表述</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报道</translation>
    </message>
    <message>
        <source>%1 other sources</source>
        <translation>另外 %1 个来源</translation>
    </message>
    <message>
        <source>Figures that disagree</source>
        <translation>不一致的数字</translation>
    </message>
    <message>
        <source>Outside the claims</source>
        <translation>不属于任何说法</translation>
    </message>
    <message>
        <source>Exported from %1 on %2 · annotations: %3.</source>
        <translation>导出自 %1，时间 %2 · 批注：%3。</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>it is not JSON: %1 at byte %2</source>
        <translation>这不是 JSON：%1，位于第 %2 字节</translation>
    </message>
    <message>
        <source>it holds no W3C annotations (no AnnotationCollection, AnnotationPage or Annotation)</source>
        <translation>其中没有 W3C 批注（没有 AnnotationCollection、AnnotationPage 或 Annotation）</translation>
    </message>
    <message>
        <source>annotation %1 has no source or no TextQuoteSelector</source>
        <translation>批注 %1 没有来源或没有 TextQuoteSelector</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>FolderScanner</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read: permission denied.</source>
        <translation>无法读取文件夹 %1：权限不足。</translation>
    </message>
    <message>
        <source>it is a link to a file that does not exist</source>
        <translation>这是指向不存在文件的链接</translation>
    </message>
    <message>
        <source>it links back to a folder already being read (a link loop)</source>
        <translation>它链接回正在读取的文件夹（链接循环）</translation>
    </message>
    <message>
        <source>the folder cannot be read: permission denied</source>
        <translation>无法读取该文件夹：权限不足</translation>
    </message>
</context>
<context>
    <name>Mention</name>
    <message>
        <source>%1 (name)</source>
        <translation>%1（名称）</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>范围 %1</translation>
    </message>
    <message>
        <source>%1:%2 left on the game clock</source>
        <translation>比赛计时剩余 %1:%2</translation>
    </message>
    <message>
        <source>%1 from publication</source>
        <translation>相对发布日期 %1</translation>
    </message>
</context>
<context>
    <name>PageConverter</name>
    <message>
        <source>it is not a readable PDF</source>
        <translation>不是可读的 PDF</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>该 PDF 受密码保护</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned pages?)</source>
        <translation>该 PDF 没有文本层（扫描页面？）</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>in step with %1</source>
        <translation>已与 %1 同步</translation>
    </message>
    <message>
        <source>Keep a folder&apos;s annotations in step with a team&apos;s PostgreSQL server (docs/team.md). The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>使文件夹的批注与团队的 PostgreSQL 服务器保持同步（docs/team.md）。密码来自 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>Folder of articles.</source>
        <translation>文章文件夹。</translation>
    </message>
    <message>
        <source>The team server: postgresql://USER@HOST:PORT/DATABASE[?sslmode=verify-full&amp;sslrootcert=FILE].</source>
        <translation>团队服务器：postgresql://用户@主机:端口/数据库[?sslmode=verify-full&amp;sslrootcert=文件]。</translation>
    </message>
    <message>
        <source>Stay connected and keep the folder in step until stopped.</source>
        <translation>保持连接并持续同步文件夹，直到停止。</translation>
    </message>
    <message>
        <source>Usage: crosscheck sync FOLDER --server postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>用法：crosscheck sync 文件夹 --server postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>%1 (%2 changes wait in the folder)</source>
        <translation>%1（%2 项更改在文件夹中等待）</translation>
    </message>
    <message>
        <source>sent %1 changes, received %2, %3 annotations in the folder</source>
        <translation>已发送 %1 项更改，已接收 %2 项，文件夹中有 %3 条批注</translation>
    </message>
    <message>
        <source>received %1 changes, %2 annotations in the folder</source>
        <translation>已接收 %1 项更改，文件夹中有 %2 条批注</translation>
    </message>
    <message>
        <source>cannot watch: %1</source>
        <translation>无法持续同步：%1</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>Cannot read the changes waiting for the team server</source>
        <translation>无法读取等待发送到团队服务器的更改</translation>
    </message>
    <message>
        <source>Cannot update the changes waiting for the team server</source>
        <translation>无法更新等待发送到团队服务器的更改</translation>
    </message>
    <message>
        <source>Cannot store the team&apos;s changes</source>
        <translation>无法保存团队的更改</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>Cannot read the team server&apos;s schema: %1</source>
        <translation>无法读取团队服务器的架构：%1</translation>
    </message>
    <message>
        <source>The team server&apos;s tables were made by a newer Crosscheck (schema %1; this one knows up to %2). Update Crosscheck to work with this server; nothing was changed.</source>
        <translation>团队服务器的表由较新的 Crosscheck 创建（架构 %1；本版本最多支持 %2）。请更新 Crosscheck 后再使用此服务器；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot upgrade the team server&apos;s tables: %1</source>
        <translation>无法升级团队服务器的表：%1</translation>
    </message>
    <message>
        <source>The team server has no Crosscheck tables at version %1 yet, and %2 may not create them: ask the administrator to connect once as the owner role (docs/team.md). The server said: %3</source>
        <translation>团队服务器上还没有版本 %1 的 Crosscheck 表，而 %2 无权创建：请管理员以所有者角色连接一次（docs/team.md）。服务器消息：%3</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>Not a server address: %1 (expected postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>不是服务器地址：%1（应为 postgresql://用户@主机:端口/数据库）</translation>
    </message>
    <message>
        <source>Leave the password out of the address; Crosscheck asks for it (or reads PGPASSWORD).</source>
        <translation>地址中不要包含密码；Crosscheck 会询问密码（或读取 PGPASSWORD）。</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; (use %2)</source>
        <translation>未知的 sslmode“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>The address needs a user, a host and a database: postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>地址需要用户、主机和数据库：postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>This Crosscheck cannot talk to PostgreSQL: Qt&apos;s QPSQL driver is missing (install libqt6sql6-psql).</source>
        <translation>此 Crosscheck 无法连接 PostgreSQL：缺少 Qt 的 QPSQL 驱动（请安装 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server at %1 refused the password of %2.</source>
        <translation>%1 上的服务器拒绝了 %2 的密码。</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS, and this connection requires it (sslmode=%2); ask its administrator to turn TLS on.</source>
        <translation>%1 上的服务器不提供 TLS，而此连接要求 TLS（sslmode=%2）；请管理员启用 TLS。</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>与 %1 的 TLS 连接失败：%2</translation>
    </message>
    <message>
        <source>The server at %1 does not know this database or user: %2</source>
        <translation>%1 上的服务器不认识此数据库或用户：%2</translation>
    </message>
    <message>
        <source>Cannot reach the team server at %1: %2</source>
        <translation>无法连接到 %1 上的团队服务器：%2</translation>
    </message>
    <message>
        <source>The team server at %1 refused the connection: %2</source>
        <translation>%1 上的团队服务器拒绝了连接：%2</translation>
    </message>
</context>
<context>
    <name>analyze</name>
    <message>
        <source>Analyse a folder of articles and write the result as JSON (see docs/analyze.md).</source>
        <translation>分析一个文章文件夹并以 JSON 输出结果（见 docs/analyze.md）。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>Folder to analyse.</source>
        <translation>要分析的文件夹。</translation>
    </message>
    <message>
        <source>Write the JSON to FILE instead of standard output.</source>
        <translation>将 JSON 写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write JSON without indentation.</source>
        <translation>输出不缩进的 JSON。</translation>
    </message>
    <message>
        <source>Report files larger than MB megabytes instead of reading them (default 20).</source>
        <translation>报告大于 MB 兆字节的文件而不读取（默认 20）。</translation>
    </message>
    <message>
        <source>usage: crosscheck analyze FOLDER [--output FILE]</source>
        <translation>用法：crosscheck analyze 文件夹 [--output FILE]</translation>
    </message>
    <message>
        <source>--max-file-size takes a positive number of megabytes</source>
        <translation>--max-file-size 需要一个正的兆字节数</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read how several outlets covered the same story, side by side.</source>
        <translation>并排阅读多家媒体对同一事件的报道。</translation>
    </message>
    <message>
        <source>Folder of articles to open.</source>
        <translation>要打开的文章文件夹。</translation>
    </message>
    <message>
        <source>Do not reopen the last folder.</source>
        <translation>不重新打开上次的文件夹。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the folder is open, then quit.</source>
        <translation>文件夹打开后将窗口截图保存到 FILE，然后退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Give at most one folder.</source>
        <translation>最多指定一个文件夹。</translation>
    </message>
    <message>
        <source>Open FILE (relative to the folder) at sentence N once the folder is read.</source>
        <translation>文件夹读取完毕后，打开 FILE（相对于文件夹）并定位到第 N 句。</translation>
    </message>
    <message>
        <source>FILE:N</source>
        <translation>FILE:N</translation>
    </message>
    <message>
        <source>Show N reading panes (1 to 4) side by side, each with the next article.</source>
        <translation>并排显示 N 个阅读窗格（1 到 4 个），每个显示下一篇文章。</translation>
    </message>
    <message>
        <source>Use a dark palette whatever the desktop&apos;s.</source>
        <translation>无论桌面设置如何，都使用深色配色。</translation>
    </message>
    <message>
        <source>Search the folder for WORDS once it is read.</source>
        <translation>文件夹读取完毕后搜索 WORDS。</translation>
    </message>
    <message>
        <source>Window size, as WIDTHxHEIGHT.</source>
        <translation>窗口大小，格式为 宽x高。</translation>
    </message>
    <message>
        <source>Work without a window: analyze FOLDER prints the analysis as JSON, export FOLDER writes its annotations (Markdown, HTML, CSV, JSON-LD, REFI-QDA), import FOLDER FILE reads W3C annotations into it, add FOLDER URL… saves web pages (or a feed&apos;s items) into it, sync FOLDER --server URI keeps its annotations in step with a team&apos;s server. Each has --help.</source>
        <translation>无窗口工作：analyze 文件夹 以 JSON 输出分析结果，export 文件夹 导出其批注（Markdown、HTML、CSV、JSON-LD、REFI-QDA），import 文件夹 文件 导入 W3C 批注，add 文件夹 URL… 将网页（或订阅源的条目）保存到其中，sync 文件夹 --server URI 使其批注与团队服务器保持同步。每个命令都有 --help。</translation>
    </message>
</context>
</TS>
