<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title="Interviews" kind="home">
<h1>Interviews</h1>
<p class="intro">Transcripts, one page per question. Every paragraph has its own link: click the ¶ at its end to get it.</p>
<ul class="interview-list">
<#list content.interviews as interview>
  <li>
    <a class="title" href="${interview.uri}index.html">${interview.title}</a>
    <p class="meta">${interview.kind}<#if interview.date?has_content> · <time datetime="${interview.date}">${interview.date_display}</time></#if><#if interview.publisher?has_content> · ${interview.publisher}</#if><#if interview.count_label?has_content> · ${interview.count_label}</#if></p>
    <#if interview.lead?has_content><p class="lead">${interview.lead}</p></#if>
  </li>
</#list>
</ul>
</@layout.page>
