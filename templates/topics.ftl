<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "partials/index.ftl" as idx>
<@layout.page title=content.title kind="index">
<@idx.body root=content.rootpath!"" label="Topics">
<p class="intro">What the questions are about, found from the words of each question and answer against all the others. A topic shared by several questions has a page here; a topic of one question is shown on that question.</p>
</@idx.body>
</@layout.page>
