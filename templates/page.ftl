<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title=content.title kind="page">
<article class="prose">
<h1>${content.title}</h1>
${content.body?no_esc}
</article>
</@layout.page>
