<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title="Topics" kind="index">
<h1>Topics</h1>
<p class="intro">What the questions are about, found from the words of each question and answer against all the others.</p>
<#if content.shared?has_content>
<section aria-labelledby="shared">
<h2 id="shared">Across several questions</h2>
<ul class="chips">
<#list content.shared as t>
  <li><a href="${t.uri}">${t.label}</a> <span class="count">${t.count}</span></li>
</#list>
</ul>
</section>
</#if>
<#if content.single?has_content>
<section aria-labelledby="single">
<h2 id="single">In one question</h2>
<ul class="chips small">
<#list content.single as t>
  <li><a href="${t.uri}">${t.label}</a></li>
</#list>
</ul>
</section>
</#if>
</@layout.page>
